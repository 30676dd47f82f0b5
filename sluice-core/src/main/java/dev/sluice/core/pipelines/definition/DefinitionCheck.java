package dev.sluice.core.pipelines.definition;

import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.result.Result;

/**
 * Validates a definition as Data Pipeline does: shapes it refuses outright are an {@code
 * InvalidRequestException} (nothing is stored); everything else is reported per object as
 * validation errors (which block activation) and warnings, with AWS's messages.
 */
public final class DefinitionCheck {
  private DefinitionCheck() {}

  public static Result<dev.sluice.core.pipelines.ValidationReport> check(
      PipelineDefinition definition) {
    throw new UnsupportedOperationException("written by the definitions helper");
  }
}
