package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/** Step Functions' 256 KiB limit on what a state passes on, and the error that breaks it. */
final class PayloadLimit {
  static final int MAX_BYTES = 256 * 1024;
  static final String ERROR = "States.DataLimitExceeded";

  private PayloadLimit() {}

  static boolean exceeded(JsonNode output) {
    return output != null && Json.write(output).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
  }

  static String cause(String state) {
    return "The state/task '"
        + state
        + "' returned a result with a size exceeding the maximum number of bytes service limit.";
  }
}
