package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.TaskAssignment;
import dev.sluice.core.pipelines.TaskRunnerPoll;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.Optional;

/**
 * PollForTask: claims the oldest attempt waiting for the worker group (RUNNING, {@code hostname},
 * {@code reportProgressTime}; its instance RUNNING), sets the wake for its time limits, and hands
 * it out with the objects it names (see {@link TaskObjects}). Attempts of pipelines that are not
 * SCHEDULED stay where they are.
 */
public final class TaskPolls {
  private static final int CANDIDATES = 16;

  private final PipelineCatalog catalog;
  private final Committer committer;
  private final Resolutions resolutions;
  private final Clock clock;

  public TaskPolls(
      PipelineCatalog catalog, Committer committer, Resolutions resolutions, Clock clock) {
    this.catalog = catalog;
    this.committer = committer;
    this.resolutions = resolutions;
    this.clock = clock;
  }

  public Result<Optional<TaskAssignment>> poll(TaskRunnerPoll poll) {
    for (var candidate : catalog.waitingAttempts(poll.workerGroup(), CANDIDATES)) {
      var claimed = committer.run(() -> claim(candidate, poll.hostname()));
      if (!claimed.isOk() || claimed.value().isPresent()) {
        return claimed;
      }
    }
    return Result.ok(Optional.empty());
  }

  private Decision<Optional<TaskAssignment>> claim(RunObject candidate, String hostname) {
    var none = Decision.<Optional<TaskAssignment>>answer(Result.ok(Optional.empty()));
    var pipeline = catalog.find(candidate.pipelineId()).filter(p -> !p.deleted()).orElse(null);
    var attempt = catalog.runObject(candidate.pipelineId(), candidate.id()).orElse(null);
    if (pipeline == null
        || attempt == null
        || !Status.PIPELINE_SCHEDULED.equals(pipeline.state())
        || attempt.generation() != pipeline.generation()
        || !Status.WAITING_FOR_RUNNER.equals(attempt.status())) {
      return none;
    }
    var definition = resolutions.active(pipeline);
    if (!definition.isOk()) {
      return none;
    }
    var now = clock.now();
    var at = RunTimes.format(now);
    var view = new RunView(catalog.runObjects(pipeline.id()), attempt.generation());
    var plan = new Plan(pipeline, view, now);
    var taken =
        RunObjects.edit(
            attempt,
            Status.RUNNING,
            f ->
                f.set(RunObjects.ACTUAL_START, at)
                    .set(RunObjects.HOSTNAME, hostname)
                    .set(RunObjects.REPORT_PROGRESS_TIME, at),
            now);
    view.put(taken);
    view.get(attempt.parentId())
        .ifPresent(i -> view.put(RunObjects.withStatus(i, Status.RUNNING, now)));
    Timeouts.deadline(definition.value().settings(attempt.componentId()), taken)
        .ifPresent(deadline -> plan.wakeAt(taken.id(), Wake.TIMEOUT, deadline));
    var assignment = TaskObjects.assignment(definition.value(), view, taken);
    return Decision.commit(plan.change().orElseThrow(), Optional.of(assignment), () -> {});
  }
}
