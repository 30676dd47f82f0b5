package dev.sluice.core.jobs.run;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.JobsHarness;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunTimeoutTest {
  private final JobsHarness harness = new JobsHarness();

  @Test
  void aRunStillRunningWhenItsTimeoutPassesOnSluicesClockTimesOut() {
    harness.create(job("etl").timeout(10));
    var runId = harness.start("etl", Map.of());
    var delivery = harness.deliverNew().getFirst();
    harness.awaitState("etl", runId, JobRunState.RUNNING);

    harness.clock.advance(Duration.ofMinutes(9));
    JobsHarness.sleep(100);
    assertThat(harness.run("etl", runId).state()).isEqualTo(JobRunState.RUNNING);
    harness.clock.advance(Duration.ofMinutes(1));

    var run = harness.awaitState("etl", runId, JobRunState.TIMEOUT);
    assertThat(run.errorMessage()).isEqualTo("Job run timed out");
    assertThat(run.executionTime()).isEqualTo(600);
    assertThat(harness.launcher.process(runId).stopped()).isTrue();
    assertThat(outcome(delivery).isOk()).isTrue();
  }

  @Test
  void theTimeoutGivenToStartJobRunCounts() {
    harness.create(job("etl").timeout(60));
    var input =
        new dev.sluice.core.jobs.NewJobRun(
            "etl", null, Map.of(), null, 1, null, null, null, null, null, null, null);
    var runId = harness.service.startJobRun(input).value();
    harness.deliverNew();
    harness.awaitState("etl", runId, JobRunState.RUNNING);

    harness.clock.advance(Duration.ofMinutes(1));

    harness.awaitState("etl", runId, JobRunState.TIMEOUT);
  }

  @Test
  void aStreamingRunHasNoTimeout() {
    harness.create(job("stream").command("gluestreaming"));
    var runId = harness.start("stream", Map.of());
    harness.deliverNew();
    harness.awaitState("stream", runId, JobRunState.RUNNING);

    harness.clock.advance(Duration.ofDays(30));
    JobsHarness.sleep(100);

    assertThat(harness.run("stream", runId).state()).isEqualTo(JobRunState.RUNNING);
    harness.launcher.process(runId).exit(0, null);
    harness.awaitState("stream", runId, JobRunState.SUCCEEDED);
  }
}
