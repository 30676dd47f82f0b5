package dev.sluice.asl;

import static dev.sluice.asl.Machines.context;
import static dev.sluice.asl.Machines.json;
import static dev.sluice.asl.Machines.task;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RetryDecisionTest {

  private static Recovery decide(StateMachine machine, String error, List<Integer> attempts) {
    return Recovery.decide(machine, "T", json("{}"), error, "cause", attempts, context(0.5));
  }

  @Test
  void retriesAfterOneSecondByDefault() {
    StateMachine machine = task("\"Retry\":[{\"ErrorEquals\":[\"E\"]}]");
    assertThat(decide(machine, "E", List.of())).isEqualTo(new Recovery.Retry(0, 1000));
  }

  @Test
  void multipliesTheIntervalByTheBackoffRatePerAttemptAlreadyMade() {
    StateMachine machine =
        task(
            "\"Retry\":[{\"ErrorEquals\":[\"E\"],\"IntervalSeconds\":3,\"BackoffRate\":1.5,"
                + "\"MaxAttempts\":5}]");
    assertThat(decide(machine, "E", List.of(2))).isEqualTo(new Recovery.Retry(0, 6750));
  }

  @Test
  void usesBackoffRateTwoByDefault() {
    StateMachine machine = task("\"Retry\":[{\"ErrorEquals\":[\"E\"],\"IntervalSeconds\":2}]");
    assertThat(decide(machine, "E", List.of(2))).isEqualTo(new Recovery.Retry(0, 8000));
  }

  @Test
  void capsTheDelayAtMaxDelaySeconds() {
    StateMachine machine =
        task(
            "\"Retry\":[{\"ErrorEquals\":[\"E\"],\"IntervalSeconds\":10,\"MaxAttempts\":10,"
                + "\"MaxDelaySeconds\":25}]");
    assertThat(decide(machine, "E", List.of(4))).isEqualTo(new Recovery.Retry(0, 25000));
  }

  @Test
  void drawsAFullJitterDelayBetweenZeroAndTheBackoff() {
    StateMachine machine =
        task(
            "\"Retry\":[{\"ErrorEquals\":[\"E\"],\"IntervalSeconds\":4,\"JitterStrategy\":\"FULL\"}]");
    assertThat(decide(machine, "E", List.of(1))).isEqualTo(new Recovery.Retry(0, 4000));
    Recovery lowest = Recovery.decide(machine, "T", json("{}"), "E", null, List.of(1), context(0));
    assertThat(lowest).isEqualTo(new Recovery.Retry(0, 0));
  }

  @Test
  void stopsRetryingAfterThreeAttemptsByDefault() {
    StateMachine machine = task("\"Retry\":[{\"ErrorEquals\":[\"E\"]}]");
    assertThat(decide(machine, "E", List.of(2))).isInstanceOf(Recovery.Retry.class);
    assertThat(decide(machine, "E", List.of(3))).isInstanceOf(Recovery.Unhandled.class);
  }

  @Test
  void neverRetriesWhenMaxAttemptsIsZero() {
    StateMachine machine = task("\"Retry\":[{\"ErrorEquals\":[\"E\"],\"MaxAttempts\":0}]");
    assertThat(decide(machine, "E", List.of()))
        .isEqualTo(new Recovery.Unhandled(new Step.Failed("E", "cause")));
  }

  @Test
  void usesTheFirstRetrierThatMatches() {
    StateMachine machine =
        task(
            "\"Retry\":[{\"ErrorEquals\":[\"A\"]},{\"ErrorEquals\":[\"E\",\"B\"],"
                + "\"IntervalSeconds\":7},{\"ErrorEquals\":[\"States.ALL\"]}]");
    assertThat(decide(machine, "E", List.of(0, 0, 0))).isEqualTo(new Recovery.Retry(1, 7000));
  }

  @Test
  void doesNotFallThroughToALaterRetrierOnceTheMatchingOneIsExhausted() {
    StateMachine machine =
        task(
            "\"Retry\":[{\"ErrorEquals\":[\"E\"],\"MaxAttempts\":1},"
                + "{\"ErrorEquals\":[\"States.ALL\"]}],"
                + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Handler\"}]");
    assertThat(decide(machine, "E", List.of(1, 0))).isInstanceOf(Recovery.Caught.class);
  }

  @Test
  void retriesEveryErrorButTimeoutOnStatesTaskFailed() {
    StateMachine machine = task("\"Retry\":[{\"ErrorEquals\":[\"States.TaskFailed\"]}]");
    assertThat(decide(machine, "Lambda.Unknown", List.of())).isInstanceOf(Recovery.Retry.class);
    assertThat(decide(machine, "States.Timeout", List.of())).isInstanceOf(Recovery.Unhandled.class);
  }

  @Test
  void retriesATimeoutOnStatesAll() {
    StateMachine machine = task("\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"]}]");
    assertThat(decide(machine, "States.Timeout", List.of())).isInstanceOf(Recovery.Retry.class);
  }

  @Test
  void neverRetriesStatesRuntimeEvenWhenNamed() {
    StateMachine machine =
        task(
            "\"Retry\":[{\"ErrorEquals\":[\"States.Runtime\"]},"
                + "{\"ErrorEquals\":[\"States.ALL\"]}]");
    assertThat(decide(machine, "States.Runtime", List.of())).isInstanceOf(Recovery.Unhandled.class);
  }

  @Test
  void retriesAFailedParallelState() {
    StateMachine machine =
        Machines.machine(
            """
            {"StartAt":"T","States":{"T":{"Type":"Parallel","End":true,
              "Branches":[{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"E"}}}],
              "Retry":[{"ErrorEquals":["E"],"IntervalSeconds":2}]}}}
            """);
    assertThat(decide(machine, "E", List.of(1))).isEqualTo(new Recovery.Retry(0, 4000));
  }
}
