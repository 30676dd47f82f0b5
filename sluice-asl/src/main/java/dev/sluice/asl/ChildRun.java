package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One child execution of a distributed Map, as a ResultWriter reports it.
 *
 * @param output the output when it succeeded (never null then), else null
 * @param error the error when it failed (may be null), else null
 */
public record ChildRun(
    String executionArn,
    String name,
    String stateMachineArn,
    JsonNode input,
    JsonNode output,
    String error,
    String cause,
    Instant start,
    Instant stop) {

  /** Whether the child execution succeeded. */
  public boolean succeeded() {
    return output != null;
  }
}
