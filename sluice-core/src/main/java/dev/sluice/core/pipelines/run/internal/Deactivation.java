package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;

/**
 * DeactivatePipeline: a SCHEDULED pipeline becomes INACTIVE ({@code @lastDeactivatedTime}) and
 * advances no more; attempts already running finish. With {@code cancelActive} every instance of
 * the current run that has not ended is CANCELED with its attempt, whose work is interrupted when
 * it runs on this node.
 */
public final class Deactivation {
  public static final String LAST_DEACTIVATION = "@lastDeactivatedTime";

  private final PipelineCatalog catalog;
  private final Committer committer;
  private final RunningAttempts running;
  private final Clock clock;

  public Deactivation(
      PipelineCatalog catalog, Committer committer, RunningAttempts running, Clock clock) {
    this.catalog = catalog;
    this.committer = committer;
    this.running = running;
    this.clock = clock;
  }

  public Result<Void> deactivate(String pipelineId, boolean cancelActive) {
    return committer.run(
        () -> {
          var p = catalog.find(pipelineId).orElseThrow();
          var now = clock.now();
          var plan = new Plan(p, new RunView(catalog.runObjects(pipelineId), p.generation()), now);
          if (Status.PIPELINE_SCHEDULED.equals(p.state())) {
            plan.state(Status.PIPELINE_INACTIVE);
            plan.pipelineField(LAST_DEACTIVATION, RunTimes.format(now));
          }
          if (cancelActive) {
            for (var instance : plan.view().instances()) {
              Cancellation.cancel(plan, instance, "The pipeline was deactivated");
            }
          }
          return plan.change()
              .<Decision<Void>>map(
                  change ->
                      Decision.commit(
                          change,
                          null,
                          () -> running.interrupt(pipelineId, plan.canceledAttempts())))
              .orElse(Decision.done());
        });
  }
}
