package dev.sluice.aws.stepfunctions.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ResourceScope;

/**
 * One Step Functions request: its JSON body, and the region and account new resources are created
 * in. Members the input shape does not know are ignored, as AWS's json protocol does.
 */
public record StatesRequest(JsonNode body, String region, String account) {
  static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The body read as the operation's input shape; a member of another type cannot be read. */
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

  public ResourceScope scope() {
    return new ResourceScope(region, account);
  }

  private static String messageOf(Exception e) {
    return e instanceof com.fasterxml.jackson.core.JsonProcessingException json
        ? json.getOriginalMessage()
        : e.getMessage();
  }
}
