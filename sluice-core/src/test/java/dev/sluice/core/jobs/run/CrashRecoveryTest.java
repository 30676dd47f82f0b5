package dev.sluice.core.jobs.run;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.JobsHarness;
import dev.sluice.core.result.Result;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CrashRecoveryTest {
  private static final String LOST =
      "Sluice stopped while the job run was in progress; its process is gone";

  private final JobsHarness harness = new JobsHarness();

  /** A run left RUNNING by a Sluice that is gone. */
  private String leftRunning(int maxRetries) {
    harness.create(job("etl").maxRetries(maxRetries));
    var runId = harness.start("etl", Map.of());
    var run = harness.run("etl", runId);
    harness.catalog.updateRun(run.moved(JobRunState.RUNNING, harness.clock.now(), null), List.of());
    return runId;
  }

  @Test
  void aRunningRunDeliveredToARunnerThatDoesNotRunItEndsAsError() {
    var runId = leftRunning(0);

    var delivery = harness.deliver(harness.newRunner(), JobsHarness.runEvent("etl", runId));

    assertThat(outcome(delivery).isOk()).isTrue();
    var run = harness.run("etl", runId);
    assertThat(run.state()).isEqualTo(JobRunState.ERROR);
    assertThat(run.errorMessage()).isEqualTo(LOST);
    assertThat(run.completedOn()).isNotNull();
    assertThat(harness.launcher.launches()).isEmpty();
  }

  @Test
  void aLostRunIsRetriedWhenItsJobAllowsIt() {
    var runId = leftRunning(1);

    outcome(harness.deliver(harness.newRunner(), JobsHarness.runEvent("etl", runId)));

    assertThat(harness.run("etl", runId + "_attempt_1").state()).isEqualTo(JobRunState.STARTING);
  }

  @Test
  void aRunLostWhileStoppingEndsStopped() {
    var runId = leftRunning(1);
    harness.service.batchStopJobRun("etl", List.of(runId));

    outcome(harness.deliver(harness.newRunner(), JobsHarness.runEvent("etl", runId)));

    assertThat(harness.run("etl", runId).state()).isEqualTo(JobRunState.STOPPED);
    assertThat(harness.catalog.runs("etl", 0, 10)).hasSize(1);
  }

  @Test
  void aRunDeliveredAgainToTheRunnerRunningItIsLeftAlone() {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    var first = harness.deliverNew().getFirst();
    harness.awaitState("etl", runId, JobRunState.RUNNING);
    var running = harness.run("etl", runId);

    var again = harness.deliver(harness.runner, JobsHarness.runEvent("etl", runId));

    assertThat(outcome(again).isOk()).isTrue();
    assertThat(harness.run("etl", runId)).isEqualTo(running);
    assertThat(first).isNotDone();
    harness.launcher.process(runId).exit(0, null);
    assertThat(outcome(first).isOk()).isTrue();
    assertThat(harness.launcher.launches()).hasSize(1);
  }

  @Test
  void anInterruptedDeliveryStopsTheProcessLeavesTheRunRunningAndFails() throws Exception {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    var event = harness.outboxEvent(JobsHarness.runEvent("etl", runId));
    var outcome = new CompletableFuture<Result<Void>>();
    var delivering =
        Thread.ofVirtual().start(() -> outcome.complete(harness.runner.deliver(event)));
    harness.awaitState("etl", runId, JobRunState.RUNNING);

    delivering.interrupt();

    assertThat(outcome.get(5, TimeUnit.SECONDS).isOk()).isFalse();
    assertThat(harness.launcher.process(runId).stopped()).isTrue();
    assertThat(harness.run("etl", runId).state()).isEqualTo(JobRunState.RUNNING);

    outcome(harness.deliver(harness.newRunner(), JobsHarness.runEvent("etl", runId)));

    assertThat(harness.run("etl", runId).state()).isEqualTo(JobRunState.ERROR);
  }
}
