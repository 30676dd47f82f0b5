package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import java.time.Instant;
import java.util.Optional;

/**
 * Time limits of attempts an external task runner works on: {@code reportProgressTimeout} since its
 * last ReportTaskProgress (or since it took the task) and {@code attemptTimeout} since it took the
 * task. A timed out attempt is TIMEDOUT and retried like a failed one. A wake is set for the
 * nearest deadline when the task is taken, and set again for the new one when progress moved it.
 */
public final class Timeouts {
  private Timeouts() {}

  /** True when the attempt timed out. */
  public static boolean check(Plan plan, PlanInput input, RunObject attempt) {
    var settings = input.definition().settings(attempt.componentId());
    var deadline = deadline(settings, attempt);
    if (deadline.isEmpty()) {
      return false;
    }
    if (!plan.now().isBefore(deadline.get())) {
      Outcomes.end(plan, input, attempt, AttemptEnd.timedOut(message(settings, attempt)));
      return true;
    }
    if (input.wake().is(Wake.TIMEOUT, attempt.id())) {
      plan.wakeAt(attempt.id(), Wake.TIMEOUT, deadline.get());
    }
    return false;
  }

  /** The nearest deadline of a running attempt, if it has any time limit. */
  public static Optional<Instant> deadline(ObjectSettings settings, RunObject attempt) {
    var started = RunObjects.time(attempt, RunObjects.ACTUAL_START);
    if (started.isEmpty()) {
      return Optional.empty();
    }
    var progress = RunObjects.time(attempt, RunObjects.REPORT_PROGRESS_TIME).orElse(started.get());
    var byProgress = settings.reportProgressTimeout().map(progress::plus);
    var byAttempt = settings.attemptTimeout().map(started.get()::plus);
    return java.util.stream.Stream.of(byProgress, byAttempt)
        .flatMap(Optional::stream)
        .min(Instant::compareTo);
  }

  private static String message(ObjectSettings settings, RunObject attempt) {
    var started = RunObjects.time(attempt, RunObjects.ACTUAL_START).orElseThrow();
    var byAttempt = settings.attemptTimeout().map(started::plus);
    var byProgress = deadline(settings, attempt).orElseThrow();
    if (byAttempt.isPresent() && !byAttempt.get().isAfter(byProgress)) {
      return "Attempt timed out after attemptTimeout " + settings.attemptTimeout().get();
    }
    return "Task runner did not report progress within reportProgressTimeout "
        + settings.reportProgressTimeout().orElseThrow();
  }
}
