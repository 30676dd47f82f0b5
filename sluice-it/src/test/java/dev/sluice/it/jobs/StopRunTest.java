package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.BatchStopJobRunError;
import software.amazon.awssdk.services.glue.model.JobRunState;

/**
 * BatchStopJobRun moves a running run to STOPPING, then STOPPED once its processes are gone; a run
 * that has ended, or one that does not exist, is an Errors entry of its own, beside the runs it
 * stops.
 */
@ExtendWith(SharedJobs.class)
class StopRunTest {
  private static final String SLEEPS =
      """
      import os
      import sys
      import time
      from awsglue.utils import getResolvedOptions
      print("pid %d" % os.getpid())
      time.sleep(int(getResolvedOptions(sys.argv, ["seconds"])["seconds"]))
      """;

  static Jobs jobs;

  @BeforeAll
  static void createTheJobs(Jobs shared) {
    jobs = shared;
    jobs.pythonShell(
        "stop-me",
        SLEEPS,
        b ->
            b.executionProperty(p -> p.maxConcurrentRuns(2))
                .defaultArguments(Map.of("--seconds", "600")));
  }

  @Test
  void aRunningRunStopsAndItsProcessIsGone() {
    var runId = jobs.start("stop-me");
    long pid = jobs.awaitPid(runId);

    var answer = jobs.glue.batchStopJobRun(b -> b.jobName("stop-me").jobRunIds(runId));

    assertThat(answer.errors()).isEmpty();
    assertThat(answer.successfulSubmissions())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.jobName()).isEqualTo("stop-me");
              assertThat(s.jobRunId()).isEqualTo(runId);
            });
    assertThat(jobs.run("stop-me", runId).jobRunState())
        .isIn(JobRunState.STOPPING, JobRunState.STOPPED);
    var run = jobs.awaitEnd("stop-me", runId);
    assertThat(run.jobRunState()).isEqualTo(JobRunState.STOPPED);
    assertThat(run.completedOn()).isNotNull();
    assertThat(Jobs.running(pid)).isFalse();
    await("no process of run " + runId + " is left")
        .atMost(Duration.ofSeconds(10))
        .until(() -> Jobs.processesMentioning(runId).isEmpty());
  }

  @Test
  void aFinishedRunAndAnUnknownRunAreErrorsBesideTheRunsStopped() {
    var running = jobs.start("stop-me");
    jobs.awaitPid(running);
    var finished = jobs.runToEnd("stop-me", Map.of("--seconds", "0")).id();

    var answer =
        jobs.glue.batchStopJobRun(
            b -> b.jobName("stop-me").jobRunIds(running, finished, "jr_no_such_run"));

    assertThat(answer.successfulSubmissions())
        .singleElement()
        .satisfies(s -> assertThat(s.jobRunId()).isEqualTo(running));
    assertThat(answer.errors())
        .extracting(BatchStopJobRunError::jobRunId)
        .containsExactly(finished, "jr_no_such_run");
    assertThat(answer.errors()).allSatisfy(e -> assertThat(e.jobName()).isEqualTo("stop-me"));
    var ended = answer.errors().get(0).errorDetail();
    assertThat(ended.errorCode()).isEqualTo("InvalidInputException");
    assertThat(ended.errorMessage()).isNotBlank();
    var unknown = answer.errors().get(1).errorDetail();
    assertThat(unknown.errorCode()).isEqualTo("EntityNotFoundException");
    assertThat(unknown.errorMessage()).isNotBlank();
    assertThat(jobs.awaitEnd("stop-me", running).jobRunState()).isEqualTo(JobRunState.STOPPED);
    assertThat(jobs.run("stop-me", finished).jobRunState()).isEqualTo(JobRunState.SUCCEEDED);
  }
}
