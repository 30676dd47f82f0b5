package dev.sluice.aws.logs.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;

/**
 * One CloudWatch Logs request: its JSON body, and the region and account its ARNs are in.
 *
 * @param body the request's JSON object
 */
public record LogsRequest(JsonNode body, String region, String account) {
  static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * The body read as the operation's input shape; a body of other types is a serialization error.
   */
  public <T> Result<T> input(Class<T> shape) {
    try {
      return Result.ok(MAPPER.treeToValue(body, shape));
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      return Result.err(
          Failure.of(
              "SerializationException",
              400,
              "The request body does not match the operation's input: " + messageOf(e)));
    }
  }

  private static String messageOf(Exception e) {
    return e instanceof com.fasterxml.jackson.core.JsonProcessingException json
        ? json.getOriginalMessage()
        : e.getMessage();
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
