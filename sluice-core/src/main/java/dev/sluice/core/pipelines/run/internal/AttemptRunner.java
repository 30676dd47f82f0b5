package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.Optional;

/**
 * Handles RUN_ATTEMPT: marks the attempt RUNNING (an attempt already RUNNING was cut short by a
 * stop of Sluice and runs again from the start), builds its work from the activity rendered in its
 * period's scope, runs it (on this thread, interruptible through {@link RunningAttempts}) and
 * commits the outcome. An outcome for an attempt that meanwhile ended (canceled) is dropped. Stale
 * tickets (another generation, another task id) and attempts already running on this node are
 * ignored.
 */
public final class AttemptRunner {
  private final PipelineCatalog catalog;
  private final Committer committer;
  private final Resolutions resolutions;
  private final AttemptExecution execution;
  private final RunningAttempts running;
  private final Clock clock;

  public AttemptRunner(
      PipelineCatalog catalog,
      Committer committer,
      Resolutions resolutions,
      AttemptExecution execution,
      RunningAttempts running,
      Clock clock) {
    this.catalog = catalog;
    this.committer = committer;
    this.resolutions = resolutions;
    this.execution = execution;
    this.running = running;
    this.clock = clock;
  }

  public Result<Void> run(String pipelineId, AttemptTicket ticket) {
    if (!running.enter(pipelineId, ticket.attemptId())) {
      return Result.ok(null);
    }
    try {
      var claim = committer.run(() -> claim(pipelineId, ticket));
      if (!claim.isOk()) {
        return Result.err(claim.failure());
      }
      if (claim.value().isEmpty()) {
        return Result.ok(null);
      }
      var end = execution.execute(claim.value().get());
      Thread.interrupted();
      return committer.run(() -> finish(pipelineId, ticket, end));
    } finally {
      running.leave(pipelineId, ticket.attemptId());
    }
  }

  private Optional<RunObject> current(String pipelineId, AttemptTicket ticket) {
    return catalog
        .runObject(pipelineId, ticket.attemptId())
        .filter(a -> a.generation() == ticket.generation())
        .filter(a -> ticket.taskId().equals(a.taskId()));
  }

  private Decision<Optional<AttemptExecution.Claim>> claim(
      String pipelineId, AttemptTicket ticket) {
    var pipeline = catalog.find(pipelineId).filter(p -> !p.deleted()).orElse(null);
    var attempt = current(pipelineId, ticket).orElse(null);
    if (pipeline == null || attempt == null || Status.ended(attempt.status())) {
      return Decision.answer(Result.ok(Optional.empty()));
    }
    var definition = resolutions.active(pipeline);
    if (!definition.isOk()) {
      return Decision.answer(Result.err(definition.failure()));
    }
    var view = new RunView(catalog.runObjects(pipelineId), attempt.generation());
    if (Status.RUNNING.equals(attempt.status())) {
      var claim = new AttemptExecution.Claim(pipeline, definition.value(), view, attempt, true);
      return Decision.answer(Result.ok(Optional.of(claim)));
    }
    if (!Status.PIPELINE_SCHEDULED.equals(pipeline.state())) {
      return Decision.answer(Result.ok(Optional.empty()));
    }
    var now = clock.now();
    var started =
        RunObjects.edit(
            attempt,
            Status.RUNNING,
            f -> f.set(RunObjects.ACTUAL_START, RunTimes.format(now)),
            now);
    var plan = new Plan(pipeline, view, now);
    view.put(started);
    view.get(attempt.parentId())
        .filter(i -> Status.WAITING_FOR_RUNNER.equals(i.status()))
        .ifPresent(i -> view.put(RunObjects.withStatus(i, Status.RUNNING, now)));
    var claim = new AttemptExecution.Claim(pipeline, definition.value(), view, started, false);
    return Decision.commit(plan.change().orElseThrow(), Optional.of(claim), () -> {});
  }

  private Decision<Void> finish(String pipelineId, AttemptTicket ticket, AttemptEnd end) {
    var pipeline = catalog.find(pipelineId).orElse(null);
    var attempt = current(pipelineId, ticket).orElse(null);
    if (pipeline == null || attempt == null || !Status.RUNNING.equals(attempt.status())) {
      return Decision.done();
    }
    return OutcomeChanges.decide(catalog, resolutions, pipeline, attempt, end, clock);
  }
}
