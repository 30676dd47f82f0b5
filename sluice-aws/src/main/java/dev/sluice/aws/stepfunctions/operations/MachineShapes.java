package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import java.util.List;

/** Members state machine operations share: the type enum and the logging configuration. */
final class MachineShapes {
  static final List<String> TYPES = List.of("STANDARD", "EXPRESS");
  static final List<String> LOG_LEVELS = List.of("ALL", "ERROR", "FATAL", "OFF");

  private MachineShapes() {}

  static Constraints logging(Constraints constraints, JsonNode logging) {
    if (logging != null && logging.hasNonNull("level")) {
      constraints.oneOf(logging.get("level").asText(), "loggingConfiguration.level", LOG_LEVELS);
    }
    return constraints;
  }
}
