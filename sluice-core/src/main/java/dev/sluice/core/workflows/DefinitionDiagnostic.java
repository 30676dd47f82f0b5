package dev.sluice.core.workflows;

/**
 * One finding of ValidateStateMachineDefinition.
 *
 * @param severity ERROR or WARNING
 * @param code e.g. {@code SCHEMA_VALIDATION_FAILED}
 * @param location a JSON pointer into the definition, or null
 */
public record DefinitionDiagnostic(String severity, String code, String message, String location) {}
