package dev.sluice.core.pipelines;

import java.util.List;

/**
 * What validating a definition found. A definition with errors is still stored by
 * PutPipelineDefinition ({@code errored: true}) but cannot be activated.
 */
public record ValidationReport(List<ObjectMessages> errors, List<ObjectMessages> warnings) {
  public ValidationReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public static ValidationReport clean() {
    return new ValidationReport(List.of(), List.of());
  }

  public boolean errored() {
    return !errors.isEmpty();
  }
}
