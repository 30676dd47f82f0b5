package dev.sluice.asl;

import static dev.sluice.asl.Machines.context;
import static dev.sluice.asl.Machines.json;
import static dev.sluice.asl.Machines.task;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatchDecisionTest {
  private static final String INPUT = "{\"a\":1}";

  private static Recovery decide(StateMachine machine, String error, String cause) {
    return Recovery.decide(machine, "T", json(INPUT), error, cause, List.of(), context(0.5));
  }

  @Test
  void replacesTheInputByTheErrorOutputByDefault() {
    StateMachine machine = task("\"Catch\":[{\"ErrorEquals\":[\"E\"],\"Next\":\"Handler\"}]");
    assertThat(decide(machine, "E", "why"))
        .isEqualTo(
            new Recovery.Caught(
                new Step.Next("Handler", json("{\"Error\":\"E\",\"Cause\":\"why\"}"))));
  }

  @Test
  void placesTheErrorOutputAtTheCatchersResultPath() {
    StateMachine machine =
        task("\"Catch\":[{\"ErrorEquals\":[\"E\"],\"Next\":\"Handler\",\"ResultPath\":\"$.err\"}]");
    assertThat(decide(machine, "E", "why"))
        .isEqualTo(
            new Recovery.Caught(
                new Step.Next(
                    "Handler", json("{\"a\":1,\"err\":{\"Error\":\"E\",\"Cause\":\"why\"}}"))));
  }

  @Test
  void keepsTheInputWhenResultPathIsNull() {
    StateMachine machine =
        task("\"Catch\":[{\"ErrorEquals\":[\"E\"],\"Next\":\"Handler\",\"ResultPath\":null}]");
    assertThat(decide(machine, "E", "why"))
        .isEqualTo(new Recovery.Caught(new Step.Next("Handler", json(INPUT))));
  }

  @Test
  void leavesOutACauseThatIsNull() {
    StateMachine machine = task("\"Catch\":[{\"ErrorEquals\":[\"E\"],\"Next\":\"Handler\"}]");
    assertThat(decide(machine, "E", null))
        .isEqualTo(new Recovery.Caught(new Step.Next("Handler", json("{\"Error\":\"E\"}"))));
  }

  @Test
  void usesTheFirstCatcherThatMatches() {
    StateMachine machine =
        task(
            "\"Catch\":[{\"ErrorEquals\":[\"X\"],\"Next\":\"Other\"},"
                + "{\"ErrorEquals\":[\"States.TaskFailed\"],\"Next\":\"Handler\"},"
                + "{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Other\"}]");
    Recovery recovery = decide(machine, "Lambda.Unknown", "c");
    assertThat(((Step.Next) ((Recovery.Caught) recovery).next()).state()).isEqualTo("Handler");
  }

  @Test
  void catchesOnlyAfterTheRetriesAreUsedUp() {
    StateMachine machine =
        task(
            "\"Retry\":[{\"ErrorEquals\":[\"E\"],\"MaxAttempts\":1}],"
                + "\"Catch\":[{\"ErrorEquals\":[\"E\"],\"Next\":\"Handler\"}]");
    assertThat(decide(machine, "E", "c")).isInstanceOf(Recovery.Retry.class);
    Recovery later = Recovery.decide(machine, "T", json(INPUT), "E", "c", List.of(1), context(0.5));
    assertThat(later).isInstanceOf(Recovery.Caught.class);
  }

  @Test
  void leavesAnUnmatchedErrorUnhandled() {
    StateMachine machine = task("\"Catch\":[{\"ErrorEquals\":[\"E\"],\"Next\":\"Handler\"}]");
    assertThat(decide(machine, "Other", "c"))
        .isEqualTo(new Recovery.Unhandled(new Step.Failed("Other", "c")));
  }

  @Test
  void neverCatchesStatesRuntime() {
    StateMachine machine =
        task("\"Catch\":[{\"ErrorEquals\":[\"States.Runtime\"],\"Next\":\"Handler\"}]");
    assertThat(decide(machine, "States.Runtime", "c")).isInstanceOf(Recovery.Unhandled.class);
  }

  @Test
  void catchesDataLimitExceededWithStatesAllAsAwsWasRecordedDoing() {
    StateMachine machine =
        task("\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Handler\"}]");
    assertThat(decide(machine, "States.DataLimitExceeded", "c"))
        .isInstanceOf(Recovery.Caught.class);
  }

  @Test
  void leavesFailuresOfStatesWithoutCatchUnhandled() {
    assertThat(Recovery.decide(task(""), "Done", json(INPUT), "E", "c", List.of(), context(0.5)))
        .isEqualTo(new Recovery.Unhandled(new Step.Failed("E", "c")));
  }
}
