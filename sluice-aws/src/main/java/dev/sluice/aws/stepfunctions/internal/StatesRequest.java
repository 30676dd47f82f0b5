package dev.sluice.aws.stepfunctions.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.aws.protocol.JsonBodies;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ResourceScope;

/**
 * One Step Functions request: its JSON body, and the region and account new resources are created
 * in. Members the input shape does not know are ignored, as AWS's json protocol does.
 */
public record StatesRequest(JsonNode body, String region, String account) {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** The body read as the operation's input shape; a member of another type cannot be read. */
  public <T> Result<T> input(Class<T> shape) {
    return JsonBodies.input(body, shape);
  }

  public ResourceScope scope() {
    return new ResourceScope(region, account);
  }
}
