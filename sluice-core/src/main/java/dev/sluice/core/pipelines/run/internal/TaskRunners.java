package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.TaskAssignment;
import dev.sluice.core.pipelines.TaskRunnerPoll;
import dev.sluice.core.pipelines.TaskStatusInput;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The task runner calls. PollForTask claims the oldest attempt waiting for the worker group
 * (RUNNING, {@code hostname}, {@code reportProgressTime}) and sets the wake for its time limits;
 * ReportTaskProgress refreshes {@code reportProgressTime} (and records the fields given) and
 * answers whether the task was canceled; SetTaskStatus records the outcome as Sluice's own runner
 * does (FALSE, a precondition that does not hold, counts as a failure). A task id that was never
 * handed out, or whose attempt has ended other than canceled, is TaskNotFoundException.
 */
public final class TaskRunners {
  private static final int CANDIDATES = 16;

  private final PipelineCatalog catalog;
  private final Committer committer;
  private final Resolutions resolutions;
  private final Clock clock;

  public TaskRunners(
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

  public Result<Boolean> reportProgress(String taskId, List<Field> fields) {
    return committer.run(
        () -> {
          var attempt = catalog.attemptByTask(taskId).orElse(null);
          if (attempt == null || (!running(attempt) && !canceled(attempt))) {
            return Decision.answer(Result.err(RunFailures.taskNotFound(taskId)));
          }
          if (canceled(attempt)) {
            return Decision.answer(Result.ok(true));
          }
          var pipeline = catalog.find(attempt.pipelineId()).orElseThrow();
          var now = clock.now();
          var view = new RunView(List.of(attempt), attempt.generation());
          view.put(
              RunObjects.edit(
                  attempt,
                  f ->
                      reported(f, fields)
                          .set(RunObjects.REPORT_PROGRESS_TIME, RunTimes.format(now)),
                  now));
          var plan = new Plan(pipeline, view, now);
          return Decision.commit(plan.change().orElseThrow(), false, () -> {});
        });
  }

  public Result<Void> setStatus(TaskStatusInput input) {
    var end = end(input);
    if (end.isEmpty()) {
      return RunFailures.invalidRequest(
          "taskStatus must be FINISHED, FAILED or FALSE, not " + input.taskStatus());
    }
    return committer.run(
        () -> {
          var attempt = catalog.attemptByTask(input.taskId()).orElse(null);
          if (attempt == null || (!running(attempt) && !canceled(attempt))) {
            return Decision.answer(Result.err(RunFailures.taskNotFound(input.taskId())));
          }
          if (canceled(attempt)) {
            return Decision.done();
          }
          var pipeline = catalog.find(attempt.pipelineId()).orElseThrow();
          var definition = resolutions.active(pipeline);
          if (!definition.isOk()) {
            return Decision.answer(Result.err(definition.failure()));
          }
          var plan =
              OutcomeChanges.plan(
                  pipeline,
                  definition.value(),
                  catalog.runObjects(pipeline.id()),
                  attempt,
                  end.get(),
                  clock.now());
          return Decision.commit(plan.change().orElseThrow(), null, () -> {});
        });
  }

  private static Optional<AttemptEnd> end(TaskStatusInput input) {
    var status = input.taskStatus() == null ? "" : input.taskStatus();
    return switch (status) {
      case "FINISHED" -> Optional.of(AttemptEnd.finished());
      case "FAILED" ->
          Optional.of(
              AttemptEnd.failed(input.errorId(), input.errorMessage(), input.errorStackTrace()));
      case "FALSE" ->
          Optional.of(
              AttemptEnd.failed(
                  input.errorId(),
                  input.errorMessage() != null
                      ? input.errorMessage()
                      : "The precondition check returned false",
                  input.errorStackTrace()));
      default -> Optional.empty();
    };
  }

  private static FieldList reported(FieldList current, List<Field> fields) {
    var out = current;
    for (var field : fields == null ? List.<Field>of() : fields) {
      if (!field.key().startsWith("@") && !field.isRef() && field.stringValue() != null) {
        out = out.set(field.key(), field.stringValue());
      }
    }
    return out;
  }

  private static boolean running(RunObject attempt) {
    return Status.RUNNING.equals(attempt.status());
  }

  private static boolean canceled(RunObject attempt) {
    return Status.CANCELED.equals(attempt.status());
  }
}
