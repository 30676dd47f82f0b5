package dev.sluice.core.workflows.internal;

import dev.sluice.asl.Checked;
import dev.sluice.asl.DefinitionCheck;
import dev.sluice.core.result.Failure;
import dev.sluice.core.workflows.DefinitionDiagnostic;
import dev.sluice.core.workflows.DefinitionReport;
import dev.sluice.core.workflows.MachineType;
import java.util.Optional;

/**
 * Checks definition texts with the ASL's {@link DefinitionCheck} (AWS's messages, express
 * restrictions included): the one place the control plane asks.
 */
public final class DefinitionValidation {

  private DefinitionValidation() {}

  /** The InvalidDefinition failure for a definition AWS would reject, or empty. */
  public static Optional<Failure> failure(String definition, MachineType type) {
    return switch (DefinitionCheck.check(definition, type == MachineType.EXPRESS)) {
      case Checked.Valid valid -> Optional.empty();
      case Checked.Invalid invalid ->
          Optional.of(WorkflowFailures.of("InvalidDefinition", invalid.message()));
    };
  }

  /** ValidateStateMachineDefinition's diagnostics. */
  public static DefinitionReport report(String definition, MachineType type) {
    return switch (DefinitionCheck.check(definition, type == MachineType.EXPRESS)) {
      case Checked.Valid valid -> new DefinitionReport(java.util.List.of());
      case Checked.Invalid invalid ->
          new DefinitionReport(
              invalid.diagnostics().stream()
                  .map(
                      d ->
                          new DefinitionDiagnostic(
                              d.severity(), d.code(), d.message(), d.location()))
                  .toList());
    };
  }
}
