package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.TaskStatusInput;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * ReportTaskProgress and SetTaskStatus. Progress refreshes {@code reportProgressTime} (and records
 * the fields given) and answers whether the task was canceled; a status records the outcome as
 * Sluice's own runner does (FALSE, a precondition that does not hold, counts as a failure; a
 * canceled task's status is accepted and ignored). A task id that was never handed out, or whose
 * attempt ended other than canceled, is TaskNotFoundException.
 */
public final class TaskReports {
  private final PipelineCatalog catalog;
  private final Committer committer;
  private final Resolutions resolutions;
  private final Clock clock;

  public TaskReports(
      PipelineCatalog catalog, Committer committer, Resolutions resolutions, Clock clock) {
    this.catalog = catalog;
    this.committer = committer;
    this.resolutions = resolutions;
    this.clock = clock;
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
          return OutcomeChanges.decide(catalog, resolutions, pipeline, attempt, end.get(), clock);
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
