package dev.sluice.core.jobs.run;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.JobsHarness;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunOutcomeTest {
  private final JobsHarness harness = new JobsHarness();

  private String running() {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    harness.clock.advance(Duration.ofSeconds(10));
    harness.deliverNew();
    harness.awaitState("etl", runId, JobRunState.RUNNING);
    return runId;
  }

  @Test
  void aStartedRunIsRunningWhileItsProcessRuns() {
    var runId = running();

    var run = harness.run("etl", runId);
    assertThat(run.lastModifiedOn()).isEqualTo(JobsHarness.START.plus(Duration.ofSeconds(10)));
    assertThat(run.completedOn()).isNull();
    assertThat(run.executionTime()).isNull();
    assertThat(harness.launcher.launches()).hasSize(1);
  }

  @Test
  void aProcessThatExitsWithZeroSucceeds() throws InterruptedException {
    var runId = running();
    harness.clock.advance(Duration.ofSeconds(80));
    long endings = harness.endings.count();

    harness.launcher.process(runId).exit(0, null);

    var run = harness.awaitState("etl", runId, JobRunState.SUCCEEDED);
    assertThat(run.errorMessage()).isNull();
    assertThat(run.completedOn()).isEqualTo(JobsHarness.START.plus(Duration.ofSeconds(90)));
    assertThat(run.lastModifiedOn()).isEqualTo(run.completedOn());
    assertThat(run.executionTime()).isEqualTo(90);
    harness.endings.awaitAfter(endings, Duration.ofSeconds(5));
    assertThat(harness.endings.count()).isEqualTo(endings + 1);
  }

  @Test
  void aProcessThatFailsEndsTheRunFailedWithItsMessage() {
    var runId = running();

    harness.launcher.process(runId).exit(1, "ValueError: no input for 2026-11-20");

    var run = harness.awaitState("etl", runId, JobRunState.FAILED);
    assertThat(run.errorMessage()).isEqualTo("ValueError: no input for 2026-11-20");
    assertThat(run.completedOn()).isNotNull();
  }

  @Test
  void aFailureWithoutMessageNamesTheExitCode() {
    var runId = running();

    harness.launcher.process(runId).exit(2, null);

    assertThat(harness.awaitState("etl", runId, JobRunState.FAILED).errorMessage())
        .isEqualTo("Command failed with exit code 2");
  }

  @Test
  void theDeliveryIsAcknowledgedWhenTheRunHasEnded() {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    var delivery = harness.deliverNew().getFirst();
    harness.awaitState("etl", runId, JobRunState.RUNNING);
    assertThat(delivery).isNotDone();

    harness.launcher.process(runId).exit(0, null);

    assertThat(outcome(delivery).isOk()).isTrue();
  }

  @Test
  void aRunDeliveredAgainAfterItEndedIsLeftAsItIs() {
    var runId = running();
    harness.launcher.process(runId).exit(0, null);
    var ended = harness.awaitState("etl", runId, JobRunState.SUCCEEDED);
    JobsHarness.sleep(20);

    var again = harness.deliver(harness.runner, JobsHarness.runEvent("etl", runId));

    assertThat(outcome(again).isOk()).isTrue();
    assertThat(harness.run("etl", runId)).isEqualTo(ended);
    assertThat(harness.launcher.launches()).hasSize(1);
  }
}
