package dev.sluice.core.workflows;

import java.util.List;

/** ValidateStateMachineDefinition's answer: OK when no diagnostic is an error. */
public record DefinitionReport(List<DefinitionDiagnostic> diagnostics) {
  public DefinitionReport {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean ok() {
    return diagnostics.stream().noneMatch(d -> d.severity().equals("ERROR"));
  }
}
