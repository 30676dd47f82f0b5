package dev.sluice.core.workflows;

import java.util.Map;

/**
 * CreateStateMachine's input.
 *
 * @param type STANDARD or EXPRESS; null means STANDARD
 * @param loggingConfiguration the LoggingConfiguration JSON text, or null
 * @param tracingConfiguration the TracingConfiguration JSON text, or null
 * @param publish whether version 1 is published at once
 * @param versionDescription the description of that version (only with publish)
 */
public record NewMachine(
    String name,
    String definition,
    String roleArn,
    MachineType type,
    String loggingConfiguration,
    String tracingConfiguration,
    Map<String, String> tags,
    boolean publish,
    String versionDescription) {

  public NewMachine {
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }
}
