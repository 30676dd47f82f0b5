package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.internal.Paths;
import dev.sluice.asl.internal.StateFailure;

/** Decides how long a Wait state waits (JSONPath): Seconds, SecondsPath, Timestamp(Path). */
final class WaitDecision {
  private WaitDecision() {}

  static Step decide(State.Wait s, Paths raw) {
    JsonNode effective = raw.select(s.paths().inputPath());
    Paths scoped = raw.scoped(effective);
    JsonNode output = scoped.select(s.paths().outputPath());
    Step then =
        s.transition().end()
            ? new Step.Succeeded(output)
            : new Step.Next(s.transition().next(), output);
    if (s.secondsPath() != null) {
      JsonNode seconds = referenced(scoped, s.secondsPath(), "SecondsPath");
      if (!seconds.isIntegralNumber() || !seconds.canConvertToLong()) {
        throw new StateFailure(
            "States.Runtime",
            "The SecondsPath parameter cannot be parsed as a long value: "
                + s.secondsPath()
                + " == "
                + text(seconds));
      }
      return new Step.WaitFor(seconds.asLong(), null, then);
    }
    if (s.timestampPath() != null) {
      JsonNode timestamp = referenced(scoped, s.timestampPath(), "TimestampPath");
      if (!timestamp.isTextual() || !Rfc3339.valid(timestamp.asText())) {
        throw new StateFailure(
            "States.Runtime",
            "The TimestampPath parameter does not reference a valid ISO-8601 extended offset"
                + " date-time format string: "
                + s.timestampPath()
                + " == "
                + text(timestamp));
      }
      return new Step.WaitFor(null, timestamp.asText(), then);
    }
    return new Step.WaitFor(s.seconds(), s.timestamp(), then);
  }

  private static JsonNode referenced(Paths scoped, String path, String field) {
    JsonNode found = scoped.find(path);
    if (found == null) {
      throw new StateFailure(
          "States.Runtime",
          "The " + field + " parameter does not reference an input value: " + path);
    }
    return found;
  }

  private static String text(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }
}
