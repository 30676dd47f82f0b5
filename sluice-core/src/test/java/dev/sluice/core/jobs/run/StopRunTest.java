package dev.sluice.core.jobs.run;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.JobsHarness;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StopRunTest {
  private final JobsHarness harness = new JobsHarness();

  @Test
  void stoppingARunningRunStopsItsProcess() {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    var delivery = harness.deliverNew().getFirst();
    harness.awaitState("etl", runId, JobRunState.RUNNING);
    harness.clock.advance(Duration.ofSeconds(30));

    harness.service.batchStopJobRun("etl", List.of(runId));

    var run = harness.awaitState("etl", runId, JobRunState.STOPPED);
    assertThat(harness.launcher.process(runId).stopped()).isTrue();
    assertThat(run.errorMessage()).isNull();
    assertThat(run.completedOn()).isEqualTo(JobsHarness.START.plus(Duration.ofSeconds(30)));
    assertThat(run.executionTime()).isEqualTo(30);
    assertThat(outcome(delivery).isOk()).isTrue();
  }

  @Test
  void aRunStoppedBeforeItStartedEndsWithoutAProcess() {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    harness.service.batchStopJobRun("etl", List.of(runId));

    var delivery = harness.deliverNew().getFirst();

    assertThat(outcome(delivery).isOk()).isTrue();
    assertThat(harness.run("etl", runId).state()).isEqualTo(JobRunState.STOPPED);
    assertThat(harness.launcher.launches()).isEmpty();
  }

  @Test
  void aStoppedRunIsNeverRetried() {
    harness.create(job("etl").maxRetries(3));
    var runId = harness.start("etl", Map.of());
    harness.deliverNew();
    harness.awaitState("etl", runId, JobRunState.RUNNING);

    harness.service.batchStopJobRun("etl", List.of(runId));

    harness.awaitState("etl", runId, JobRunState.STOPPED);
    JobsHarness.sleep(50);
    assertThat(harness.catalog.runs("etl", 0, 10)).hasSize(1);
  }

  @Test
  void deletingTheJobStopsItsRunningProcess() {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    var delivery = harness.deliverNew().getFirst();
    harness.awaitState("etl", runId, JobRunState.RUNNING);

    harness.service.deleteJob("etl");

    assertThat(outcome(delivery).isOk()).isTrue();
    assertThat(harness.launcher.process(runId).stopped()).isTrue();
  }
}
