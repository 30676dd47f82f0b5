package dev.sluice.aws.logs.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.aws.protocol.JsonBodies;
import dev.sluice.core.result.Result;

/**
 * One CloudWatch Logs request: its JSON body, and the region and account its ARNs are in.
 *
 * @param body the request's JSON object
 */
public record LogsRequest(JsonNode body, String region, String account) {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The body read as the operation's input shape; a body of other types is a serialization error.
   */
  public <T> Result<T> input(Class<T> shape) {
    return JsonBodies.input(body, shape);
  }

  /** Reads an input field's name or ARN ({@code logGroupIdentifier}) as a log group name. */
  public static String groupName(String name, String identifier) {
    if (name != null || identifier == null) {
      return name;
    }
    int at = identifier.indexOf(":log-group:");
    if (!identifier.startsWith("arn:") || at < 0) {
      return identifier;
    }
    var rest = identifier.substring(at + ":log-group:".length());
    return rest.endsWith(":*") ? rest.substring(0, rest.length() - 2) : rest;
  }
}
