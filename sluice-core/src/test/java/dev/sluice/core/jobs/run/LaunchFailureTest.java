package dev.sluice.core.jobs.run;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.JobsHarness;
import dev.sluice.core.jobs.JobsHarness.LogLine;
import dev.sluice.core.result.Failure;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchFailureTest {
  private final JobsHarness harness = new JobsHarness();

  @Test
  void aScriptThatCannotBeStartedFailsTheRunWithTheLaunchersMessage() {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    var message = "Script s3://scripts/etl.py not found";
    harness.launcher.failNextStart(Failure.of("NoSuchKey", 400, message));

    var delivery = harness.deliverNew().getFirst();

    assertThat(outcome(delivery).isOk()).isTrue();
    var run = harness.run("etl", runId);
    assertThat(run.state()).isEqualTo(JobRunState.FAILED);
    assertThat(run.errorMessage()).isEqualTo(message);
    assertThat(run.completedOn()).isNotNull();
    assertThat(harness.logLines)
        .containsExactly(new LogLine("/aws-glue/jobs/error", runId, message));
  }

  @Test
  void aFailureOfSluicesOwnEndsTheRunAsError() {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    harness.launcher.failNextStart(
        Failure.of("InternalServiceException", 500, "No Spark installation found"));

    outcome(harness.deliverNew().getFirst());

    var run = harness.run("etl", runId);
    assertThat(run.state()).isEqualTo(JobRunState.ERROR);
    assertThat(run.errorMessage()).isEqualTo("No Spark installation found");
  }
}
