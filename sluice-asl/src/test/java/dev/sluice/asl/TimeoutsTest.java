package dev.sluice.asl;

import static dev.sluice.asl.Machines.context;
import static dev.sluice.asl.Machines.json;
import static dev.sluice.asl.Machines.task;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeoutsTest {

  private static Timeouts of(String fields, String input) {
    return Timeouts.of(task(fields).state("T"), json(input), context(0.5));
  }

  @Test
  void hasNoTimeoutsWhenTheTaskSetsNone() {
    assertThat(of("", "{}")).isEqualTo(new Timeouts(null, null));
  }

  @Test
  void readsLiteralTimeoutAndHeartbeatSeconds() {
    assertThat(of("\"TimeoutSeconds\":30,\"HeartbeatSeconds\":10", "{}"))
        .isEqualTo(new Timeouts(30, 10));
  }

  @Test
  void resolvesThePathsAgainstTheStateInput() {
    assertThat(
            of(
                "\"TimeoutSecondsPath\":\"$.t\",\"HeartbeatSecondsPath\":\"$.h\"",
                "{\"t\":60,\"h\":5}"))
        .isEqualTo(new Timeouts(60, 5));
  }

  @Test
  void failsWithStatesRuntimeWhenThePathSelectsNothing() {
    Timeouts timeouts = of("\"TimeoutSecondsPath\":\"$.NoSuch\"", "{\"int-literal\":0}");
    assertThat(timeouts.failure())
        .isEqualTo(
            new Step.Failed(
                "States.Runtime",
                "An error occurred while executing the state 'T' (entered at the event id #2)."
                    + " Invalid path '$.NoSuch' : No results for path: $['NoSuch']"));
  }

  @Test
  void failsWithStatesRuntimeWhenThePathSelectsANonInteger() {
    Timeouts timeouts = of("\"HeartbeatSecondsPath\":\"$.h\"", "{\"h\":\"soon\"}");
    assertThat(timeouts.failure().error()).isEqualTo("States.Runtime");
    assertThat(timeouts.heartbeatSeconds()).isNull();
  }

  @Test
  void givesOtherStatesNoTimeouts() {
    assertThat(Timeouts.of(task("").state("Done"), json("{}"), context(0.5)))
        .isEqualTo(new Timeouts(null, null));
  }
}
