package dev.sluice.asl;

import java.util.List;

/** The outcome of parsing a definition: a machine, or the problems AWS would report. */
public sealed interface Parsed {

  /** The definition is valid. */
  record Valid(StateMachine machine) implements Parsed {}

  /**
   * The definition is invalid.
   *
   * @param problems one line each, as AWS words them ({@code SCHEMA_VALIDATION_FAILED: ... at
   *     /States/x})
   */
  record Invalid(List<String> problems) implements Parsed {
    /** The InvalidDefinition message AWS would return. */
    public String message() {
      return "Invalid State Machine Definition: '" + String.join(", ", problems) + "'";
    }
  }
}
