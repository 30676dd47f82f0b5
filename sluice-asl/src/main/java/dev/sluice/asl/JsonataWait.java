package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.internal.JsonataEvaluator;
import dev.sluice.asl.internal.StateFailure;

/** How long a JSONata Wait state waits: Seconds or Timestamp, each possibly an expression. */
final class JsonataWait {
  private JsonataWait() {}

  static Step decide(State.Wait s, Dataflow flow, JsonataEvaluator evaluator, Step then) {
    JsonNode seconds = flow.definition().get("Seconds");
    if (seconds != null) {
      JsonNode value = evaluator.expand(seconds, "Seconds");
      if (!value.isIntegralNumber() || !value.canConvertToLong()) {
        throw JsonataEvaluator.unexpectedType(seconds.asText(), "Seconds", "number", value);
      }
      return new Step.WaitFor(value.asLong(), null, then);
    }
    JsonNode timestamp = flow.definition().get("Timestamp");
    if (timestamp != null) {
      JsonNode value = evaluator.expand(timestamp, "Timestamp");
      String text = value.isTextual() ? value.asText() : value.toString();
      if (!value.isTextual() || !Rfc3339.valid(text)) {
        throw new StateFailure(
            JsonataEvaluator.QUERY_EVALUATION_ERROR,
            "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format"
                + " string: "
                + text);
      }
      return new Step.WaitFor(null, text, then);
    }
    return new Step.WaitFor(s.seconds(), s.timestamp(), then);
  }
}
