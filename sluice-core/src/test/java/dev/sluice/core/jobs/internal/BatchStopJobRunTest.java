package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.JobsHarness;
import dev.sluice.core.jobs.StoppedRuns.Refusal;
import dev.sluice.core.jobs.StoppedRuns.Submission;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchStopJobRunTest {
  private final JobsHarness harness = new JobsHarness();

  @Test
  void aRunThatHasNotEndedIsStopping() {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    harness.clock.advance(Duration.ofSeconds(7));

    var stopped = ok(harness.service.batchStopJobRun("etl", List.of(runId)));

    assertThat(stopped.successful()).containsExactly(new Submission("etl", runId));
    assertThat(stopped.errors()).isEmpty();
    var run = harness.run("etl", runId);
    assertThat(run.state()).isEqualTo(JobRunState.STOPPING);
    assertThat(run.lastModifiedOn()).isEqualTo(harness.clock.now());
    assertThat(run.completedOn()).isNull();
  }

  @Test
  void aRunAlreadyStoppingIsStoppedAgain() {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    harness.service.batchStopJobRun("etl", List.of(runId));
    long revision = harness.run("etl", runId).revision();

    var again = ok(harness.service.batchStopJobRun("etl", List.of(runId)));

    assertThat(again.successful()).containsExactly(new Submission("etl", runId));
    assertThat(harness.run("etl", runId).revision()).isEqualTo(revision);
  }

  @Test
  void refusesUnknownRunsAndRunsThatEndedOneByOne() {
    harness.create(job("etl").maxConcurrentRuns(2));
    var ended = harness.start("etl", Map.of());
    var running = harness.start("etl", Map.of());
    var run = harness.run("etl", ended);
    harness.catalog.updateRun(
        run.moved(JobRunState.SUCCEEDED, harness.clock.now(), null), List.of());

    var stopped = ok(harness.service.batchStopJobRun("etl", List.of("jr_nope", ended, running)));

    assertThat(stopped.successful()).containsExactly(new Submission("etl", running));
    assertThat(stopped.errors())
        .containsExactly(
            new Refusal("etl", "jr_nope", "EntityNotFoundException", "Job Run Id not found"),
            new Refusal(
                "etl",
                ended,
                "InvalidInputException",
                "Job Run cannot be stopped in its current state: SUCCEEDED"));
    assertThat(harness.run("etl", ended).state()).isEqualTo(JobRunState.SUCCEEDED);
  }

  @Test
  void runsOfAnUnknownJobAreNotFound() {
    var stopped = ok(harness.service.batchStopJobRun("nope", List.of("jr_1")));

    assertThat(stopped.errors())
        .extracting(Refusal::errorCode)
        .containsExactly("EntityNotFoundException");
  }
}
