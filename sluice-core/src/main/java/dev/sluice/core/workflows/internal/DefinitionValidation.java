package dev.sluice.core.workflows.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.asl.AslParser;
import dev.sluice.asl.Parsed;
import dev.sluice.core.result.Failure;
import dev.sluice.core.workflows.DefinitionDiagnostic;
import dev.sluice.core.workflows.DefinitionReport;
import dev.sluice.core.workflows.MachineType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks definition texts with the pure ASL parser: the one place that knows how, so that a richer
 * checker can replace it.
 */
public final class DefinitionValidation {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DefinitionValidation() {}

  /** The InvalidDefinition failure for a definition AWS would reject, or empty. */
  public static Optional<Failure> failure(String definition, MachineType type) {
    var problems = problems(definition);
    return problems.isEmpty()
        ? Optional.empty()
        : Optional.of(
            WorkflowFailures.of(
                "InvalidDefinition",
                "Invalid State Machine Definition: '" + String.join(", ", problems) + "'"));
  }

  /** ValidateStateMachineDefinition's diagnostics. */
  public static DefinitionReport report(String definition, MachineType type) {
    return new DefinitionReport(
        problems(definition).stream().map(DefinitionValidation::diagnostic).toList());
  }

  /** Problems as AWS words them: {@code CODE: message at /location}. */
  private static List<String> problems(String definition) {
    try {
      var node = MAPPER.readTree(definition);
      if (node == null || node.isMissingNode()) {
        return List.of("INVALID_JSON_DESCRIPTION: No content to map due to end-of-input");
      }
      return switch (AslParser.parse(node)) {
        case Parsed.Valid valid -> List.of();
        case Parsed.Invalid invalid -> new ArrayList<>(invalid.problems());
      };
    } catch (JsonProcessingException e) {
      return List.of("INVALID_JSON_DESCRIPTION: " + e.getOriginalMessage());
    }
  }

  private static DefinitionDiagnostic diagnostic(String problem) {
    int colon = problem.indexOf(": ");
    var code = colon < 0 ? "SCHEMA_VALIDATION_FAILED" : problem.substring(0, colon);
    var rest = colon < 0 ? problem : problem.substring(colon + 2);
    int at = rest.lastIndexOf(" at ");
    return at < 0
        ? new DefinitionDiagnostic("ERROR", code, rest, null)
        : new DefinitionDiagnostic("ERROR", code, rest.substring(0, at), rest.substring(at + 4));
  }
}
