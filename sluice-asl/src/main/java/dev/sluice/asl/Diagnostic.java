package dev.sluice.asl;

/**
 * One problem of a definition, as ValidateStateMachineDefinition reports it.
 *
 * @param code e.g. {@code SCHEMA_VALIDATION_FAILED}, {@code MISSING_TRANSITION_TARGET}
 * @param location a JSON pointer into the definition ({@code /States/A/Next}), or Jackson's
 *     location text for {@code INVALID_JSON_DESCRIPTION}
 * @param message AWS's wording
 * @param severity {@code ERROR} or {@code WARNING}
 */
public record Diagnostic(String code, String location, String message, String severity) {

  /** An ERROR diagnostic. */
  public static Diagnostic error(String code, String location, String message) {
    return new Diagnostic(code, location, message, "ERROR");
  }

  /** The diagnostic as CreateStateMachine words it inside its InvalidDefinition message. */
  public String line() {
    return code + ": " + message + " at " + location;
  }
}
