package dev.sluice.core.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ExecutionFrame;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.MachineType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How a redrive resets the frames an unsuccessful execution kept. */
class RedriveTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant NOW = START.plusSeconds(3600);

  private final ExecutionFrame parallel =
      Position.enter("Both", Json.read("{}"), Json.object(), 1)
          .active(2, null, null, 3)
          .retrying(List.of(1), null, 3)
          .frame("");
  private final ExecutionFrame succeeded =
      Position.enter("Easy", Json.read("{}"), Json.object(), 3)
          .active(4, null, null, 5)
          .done(Json.read("\"easy\""), null, null, 5)
          .frame("/2.1.0");
  private final ExecutionFrame failed =
      Position.enter("Fetch", Json.read("{\"k\":1}"), Json.object(), 3)
          .active(6, null, null, 9)
          .done(null, "S3.NoSuchKey", "gone", 9)
          .frame("/2.1.1");
  private final ExecutionFrame aborted =
      Position.enter("Slow", Json.read("{}"), Json.object(), 3)
          .active(7, null, "token", 8)
          .frame("/2.1.2");

  @Test
  void reentersFailedAndCutShortScopesAndKeepsSucceededOnesAndTheirParent() {
    Redrive redrive =
        Redrive.of(
                execution(ExecutionStatus.FAILED),
                List.of(parallel, succeeded, failed, aborted),
                11,
                NOW)
            .value();

    Map<String, Position> frames =
        redrive.frames().stream().collect(Collectors.toMap(ExecutionFrame::scope, Position::of));
    Position root = frames.get("");
    assertThat(root.phase()).isEqualTo(Phase.ACTIVE);
    assertThat(root.entered()).isEqualTo(2);
    assertThat(root.attempts()).containsExactly(1);
    assertThat(redrive.frames()).contains(succeeded);
    assertThat(frames.get("/2.1.1"))
        .isEqualTo(Position.enter("Fetch", Json.read("{\"k\":1}"), Json.object(), 12));
    assertThat(frames.get("/2.1.2"))
        .isEqualTo(Position.enter("Slow", Json.read("{}"), Json.object(), 12));
    assertThat(redrive.root()).isEqualTo(root);
  }

  @Test
  void writesExecutionRedrivenAfterTheLastEventAndCountsTheRedrive() {
    Redrive redrive =
        Redrive.of(execution(ExecutionStatus.TIMED_OUT), List.of(failed("")), 11, NOW).value();

    assertThat(redrive.event().id()).isEqualTo(12);
    assertThat(redrive.event().previousEventId()).isEqualTo(11);
    assertThat(redrive.event().type()).isEqualTo("ExecutionRedriven");
    assertThat(redrive.event().detailsKey()).isEqualTo("executionRedrivenEventDetails");
    assertThat(redrive.event().details().toString()).isEqualTo("{\"redriveCount\":3}");
    ExecutionRecord record = redrive.record();
    assertThat(record.status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(record.redriveCount()).isEqualTo(3);
    assertThat(record.redriveDate()).isEqualTo(NOW);
    assertThat(record.stopped()).isNull();
    assertThat(record.error()).isNull();
    assertThat(record.cause()).isNull();
    assertThat(redrive.progress().record()).isEqualTo(record);
    assertThat(redrive.progress().events()).containsExactly(redrive.event());
  }

  @Test
  void refusesAnExecutionThatKeptNoFrames() {
    Result<Redrive> refused = Redrive.of(execution(ExecutionStatus.FAILED), List.of(), 11, NOW);

    assertThat(refused.failure().code()).isEqualTo("ExecutionNotRedrivable");
    assertThat(refused.failure().message())
        .isEqualTo("Execution was started before the launch of RedriveExecution");
  }

  @Test
  void refusesASucceededExecution() {
    Result<Redrive> refused =
        Redrive.of(execution(ExecutionStatus.SUCCEEDED), List.of(failed("")), 11, NOW);

    assertThat(refused.failure().message())
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");
  }

  private ExecutionFrame failed(String scope) {
    return new ExecutionFrame(
        scope, failed.state(), failed.input(), failed.enteredEventId(), failed.data());
  }

  private static ExecutionRecord execution(ExecutionStatus status) {
    return new ExecutionRecord(
        "arn:aws:states:us-east-1:111111111111:execution:m:e",
        "arn:aws:states:us-east-1:111111111111:stateMachine:m",
        "e",
        MachineType.STANDARD,
        status,
        "{}",
        "arn:aws:iam::111111111111:role/r",
        "{}",
        null,
        "Failed",
        "cause",
        START,
        START.plusSeconds(60),
        null,
        null,
        2,
        START.plusSeconds(30),
        null);
  }
}
