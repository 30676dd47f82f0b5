package dev.sluice.core.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RedrivabilityTest {
  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant STOP = START.plusSeconds(60);

  @Test
  void anExecutionThatFailedTimedOutOrWasAbortedIsRedrivableWithinFourteenDays() {
    for (ExecutionStatus status :
        new ExecutionStatus[] {
          ExecutionStatus.FAILED, ExecutionStatus.TIMED_OUT, ExecutionStatus.ABORTED
        }) {
      Redrivability at = Redrivability.of(ended(status), STOP.plus(Duration.ofDays(14)));
      assertThat(at).isEqualTo(new Redrivability("REDRIVABLE", null));
      assertThat(at.redrivable()).isTrue();
    }
  }

  @Test
  void aFailedExecutionIsNotRedrivableOnceFourteenDaysPassedSinceItStopped() {
    Redrivability later =
        Redrivability.of(
            ended(ExecutionStatus.FAILED), STOP.plus(Duration.ofDays(14)).plusMillis(1));
    assertThat(later)
        .isEqualTo(new Redrivability("NOT_REDRIVABLE", "Execution redrivable period exceeded"));
    assertThat(later.redrivable()).isFalse();
  }

  @Test
  void aSucceededOrRunningExecutionIsNotRedrivableWithAwsReason() {
    assertThat(Redrivability.of(ended(ExecutionStatus.SUCCEEDED), STOP).reason())
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");
    assertThat(Redrivability.of(ended(ExecutionStatus.RUNNING), STOP).reason())
        .isEqualTo("Execution is RUNNING and cannot be redriven");
  }

  private static ExecutionRecord ended(ExecutionStatus status) {
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
        null,
        null,
        START,
        status == ExecutionStatus.RUNNING ? null : STOP,
        null,
        null,
        0,
        null,
        null);
  }
}
