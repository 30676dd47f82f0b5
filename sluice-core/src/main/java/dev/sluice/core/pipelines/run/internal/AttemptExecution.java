package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.StoredPipeline;

/**
 * Runs the work of one claimed attempt: the activity rendered in its period's scope, in the
 * attempt's directory, with {@code attemptTimeout} as its limit (work stopped there ends the
 * attempt TIMEDOUT); a few runner lines go to the attempt's log stream ({@code
 * <component>/<period>/attempt-<n>}).
 */
public final class AttemptExecution {
  private final WorkRunner runner;
  private final RunLog log;

  public AttemptExecution(WorkRunner runner, RunLog log) {
    this.runner = runner;
    this.log = log;
  }

  /** An attempt this node runs, with what it was claimed from. */
  public record Claim(
      StoredPipeline pipeline,
      RunDefinition definition,
      RunView view,
      RunObject attempt,
      boolean resumed) {}

  public AttemptEnd execute(Claim claim) {
    var pipelineId = claim.pipeline().id();
    var attempt = claim.attempt();
    var start = RunObjects.periodStart(attempt);
    var stream =
        RunIds.logStream(
            attempt.componentId(), start, "attempt-" + RunIds.attemptNumber(attempt.id()));
    log.line(
        pipelineId,
        stream,
        (claim.resumed()
                ? "Attempt "
                    + attempt.id()
                    + " resumed: Sluice stopped while it ran; running it"
                    + " again"
                : "Attempt " + attempt.id() + " started")
            + " ("
            + attempt.componentId()
            + ", scheduled "
            + RunTimes.format(start)
            + ")");
    claim
        .definition()
        .plainText(attempt.componentId(), "pipelineLogUri")
        .ifPresent(
            uri ->
                log.line(
                    pipelineId,
                    stream,
                    "pipelineLogUri is "
                        + uri
                        + "; Sluice keeps this log in CloudWatch Logs"
                        + " group "
                        + RunLog.group(pipelineId)
                        + " and does not copy it there"));
    var end = run(claim, stream);
    log.line(
        pipelineId,
        stream,
        end.succeeded()
            ? "Attempt " + attempt.id() + " finished"
            : "Attempt " + attempt.id() + " failed: " + end.errorMessage());
    return end;
  }

  private AttemptEnd run(Claim claim, String stream) {
    var definition = claim.definition();
    var attempt = claim.attempt();
    var component = definition.object(attempt.componentId());
    if (component.isEmpty()) {
      return AttemptEnd.failed(
          null, "Activity " + attempt.componentId() + " is not in the active definition", null);
    }
    var scope =
        definition.scope(
            attempt.componentId(), claim.view().runtimeFor(RunObjects.periodStart(attempt)));
    var item = ActivityWork.of(definition, component.get().type(), scope);
    if (!item.isOk()) {
      return AttemptEnd.failed(null, item.failure().message(), null);
    }
    var timeout = definition.settings(attempt.componentId()).attemptTimeout().orElse(null);
    var outcome = runner.run(item.value(), claim.pipeline().id(), attempt.id(), stream, timeout);
    if (outcome.timedOut()) {
      return AttemptEnd.timedOut(
          "Attempt timed out after attemptTimeout " + timeout + ": " + outcome.errorMessage(),
          outcome.errorStackTrace());
    }
    return outcome.succeeded()
        ? AttemptEnd.finished()
        : AttemptEnd.failed(null, outcome.errorMessage(), outcome.errorStackTrace());
  }
}
