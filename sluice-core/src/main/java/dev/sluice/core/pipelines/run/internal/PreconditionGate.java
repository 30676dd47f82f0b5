package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import java.time.Duration;

/**
 * Whether an instance's preconditions hold. They are checked (as work, by the advance) the first
 * time the instance is ready for them, then again each time its recheck wake comes: after the
 * shortest {@code retryDelay} of its preconditions (10 minutes by default). The instance's {@code
 * @actualStartTime} records the first check; once its {@code preconditionTimeout} (or, without
 * one, the shortest of its preconditions') has passed since then, it fails. Without a timeout it
 * waits as long as it takes, as Data Pipeline's system-managed preconditions do.
 */
public final class PreconditionGate {
  /** What the gate found. */
  public enum Gate {
    HELD,
    WAITING,
    FAILED
  }

  private PreconditionGate() {}

  public static Gate pass(Plan plan, PlanInput input, RunObject instance) {
    var definition = input.definition();
    var component = definition.object(instance.componentId()).orElseThrow();
    var preconditions = definition.refs(component, "precondition");
    if (preconditions.isEmpty()) {
      return Gate.HELD;
    }
    var result = input.checks().get(instance.id());
    if (result == null) {
      boolean first = RunObjects.time(instance, RunObjects.ACTUAL_START).isEmpty();
      if (first || input.wake().is(Wake.RECHECK, instance.id())) {
        plan.wantCheck(instance.id());
      }
      return Gate.WAITING;
    }
    if (result.held()) {
      return Gate.HELD;
    }
    var now = plan.now();
    var started = RunObjects.time(instance, RunObjects.ACTUAL_START).orElse(now);
    var timeout = definition.settings(component.id()).preconditionTimeout();
    if (timeout.isEmpty()) {
      timeout =
          preconditions.stream()
              .map(p -> definition.settings(p.id()).preconditionTimeout())
              .flatMap(java.util.Optional::stream)
              .min(Duration::compareTo);
    }
    if (result.fatal() || (timeout.isPresent() && !now.isBefore(started.plus(timeout.get())))) {
      fail(plan, input, instance, result);
      return Gate.FAILED;
    }
    var delay =
        preconditions.stream()
            .map(p -> definition.settings(p.id()).retryDelay())
            .min(Duration::compareTo)
            .orElse(ObjectSettings.DEFAULT_RETRY_DELAY);
    plan.view()
        .put(
            RunObjects.edit(
                instance, f -> f.set(RunObjects.ACTUAL_START, RunTimes.format(started)), now));
    plan.wakeAt(instance.id(), Wake.RECHECK, now.plus(delay));
    return Gate.WAITING;
  }

  private static void fail(Plan plan, PlanInput input, RunObject instance, CheckResult result) {
    var now = plan.now();
    var message = result.fatal() ? result.message() : "Precondition timed out: " + result.message();
    plan.view()
        .put(
            RunObjects.edit(
                instance,
                Status.FAILED,
                f ->
                    f.set(
                            RunObjects.ACTUAL_START,
                            RunObjects.text(instance, RunObjects.ACTUAL_START)
                                .orElse(RunTimes.format(now)))
                        .set(RunObjects.ACTUAL_END, RunTimes.format(now))
                        .set(RunObjects.ERROR_MESSAGE, message),
                now));
    Alarms.fire(plan, input, plan.view().get(instance.id()).orElseThrow(), "onFail");
  }
}
