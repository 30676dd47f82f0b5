package dev.sluice.core.pipelines.definition;

import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.ValidationReport;
import dev.sluice.core.pipelines.definition.internal.Checks;
import dev.sluice.core.pipelines.definition.internal.Fatal;
import dev.sluice.core.pipelines.definition.internal.RequestShape;
import dev.sluice.core.result.Result;

/**
 * Validates a definition as Data Pipeline does: shapes it refuses outright are an {@code
 * InvalidRequestException} (nothing is stored); everything else is reported per object as
 * validation errors (which block activation) and warnings, with AWS's messages.
 */
public final class DefinitionCheck {
  private DefinitionCheck() {}

  public static Result<ValidationReport> check(PipelineDefinition definition) {
    var problems = RequestShape.problems(definition);
    if (!problems.isEmpty()) {
      return Result.err(Fatal.refused(problems));
    }
    return Result.ok(Checks.run(definition));
  }
}
