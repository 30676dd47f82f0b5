package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineRuns;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.ValidationReport;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** ActivatePipeline, DeactivatePipeline, EvaluateExpression and rerun: checked, then the runs'. */
final class RunOperations {
  private final PipelineLookup lookup;
  private final PipelineRuns runs;

  RunOperations(PipelineLookup lookup, PipelineRuns runs) {
    this.lookup = lookup;
    this.runs = runs;
  }

  Result<Void> activate(
      String pipelineId, List<ParameterValue> parameterValues, Instant startTimestamp) {
    var values = parameterValues == null ? List.<ParameterValue>of() : parameterValues;
    return lookup
        .live(pipelineId)
        .flatMap(RunOperations::activatable)
        .flatMap(p -> runs.activate(p, values, startTimestamp));
  }

  Result<Void> deactivate(String pipelineId, boolean cancelActive) {
    return lookup.live(pipelineId).flatMap(p -> runs.deactivate(p, cancelActive));
  }

  Result<Void> rerun(String pipelineId) {
    return lookup
        .live(pipelineId)
        .flatMap(
            p ->
                p.firstActivatedAt() == null && p.active() == null
                    ? PipelineFailures.<Void>invalid(
                        "Pipeline " + pipelineId + " has never been activated")
                    : runs.rerun(p));
  }

  Result<String> evaluateExpression(String pipelineId, String objectId, String expression) {
    if (objectId == null) {
      return PipelineFailures.missing("objectId");
    }
    if (expression == null) {
      return PipelineFailures.missing("expression");
    }
    return lookup.live(pipelineId).flatMap(p -> runs.evaluateExpression(p, objectId, expression));
  }

  private static Result<StoredPipeline> activatable(StoredPipeline p) {
    if (p.latestVersion() == 0) {
      return PipelineFailures.invalid(
          "Pipeline " + p.id() + " does not have a pipeline definition");
    }
    if (p.latestReport().errored()) {
      return PipelineFailures.invalid(
          "Pipeline definition has errors: " + summary(p.latestReport()));
    }
    return Result.ok(p);
  }

  private static String summary(ValidationReport report) {
    return report.errors().stream()
        .map(e -> e.id() + ": " + String.join(", ", e.messages()))
        .collect(Collectors.joining("; "));
  }
}
