package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;

/** How a task call ended. */
public sealed interface TaskOutcome {

  /** The call answered {@code output}. */
  record Done(JsonNode output) implements TaskOutcome {}

  /** The call failed with Step Functions' error name and cause. */
  record Failed(String error, String cause) implements TaskOutcome {}
}
