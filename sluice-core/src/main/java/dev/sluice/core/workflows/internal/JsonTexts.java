package dev.sluice.core.workflows.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** Execution inputs and task outputs: one JSON value, at most 256 KiB of UTF-8. */
final class JsonTexts {
  static final int MAX_BYTES = 262_144;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonTexts() {}

  /** An execution's input; null means {@code {}}. */
  static Result<String> input(String input) {
    var text = input == null ? "{}" : input;
    return check(text, "input", WorkflowFailures::invalidInput, "Invalid execution input.");
  }

  /** A task's output (SendTaskSuccess). */
  static Result<String> output(String output) {
    return check(
        output == null ? "" : output, "output", WorkflowFailures::invalidOutput, "Invalid output.");
  }

  private static Result<String> check(
      String text, String member, Function<String, Failure> bad, String blank) {
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Result.err(
          WorkflowFailures.constraint(
              null,
              member,
              "Member must have size less than or equal to 262144 bytes in UTF-8 encoding"));
    }
    if (text.isBlank()) {
      return Result.err(bad.apply(blank));
    }
    try {
      JsonNode node = MAPPER.readTree(text);
      return node == null || node.isMissingNode() ? Result.err(bad.apply(blank)) : Result.ok(text);
    } catch (JsonProcessingException e) {
      return Result.err(bad.apply(e.getOriginalMessage()));
    }
  }
}
