package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.JobBuilder.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.JobsHarness;
import dev.sluice.core.result.Result;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AwaitEndTest {
  private final JobsHarness harness = new JobsHarness();

  private CompletableFuture<Result<JobRun>> awaitEnd(String jobName, String runId) {
    var result = new CompletableFuture<Result<JobRun>>();
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                result.complete(harness.service.awaitEnd(jobName, runId));
              } catch (InterruptedException e) {
                result.completeExceptionally(e);
              }
            });
    return result;
  }

  @Test
  void answersTheRunWhenTheRunnerEndsIt() throws Exception {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    harness.deliverNew();
    var waiting = awaitEnd("etl", runId);
    harness.awaitState("etl", runId, JobRunState.RUNNING);
    assertThat(waiting).isNotDone();

    harness.launcher.process(runId).exit(0, null);

    var run = waiting.get(5, TimeUnit.SECONDS).value();
    assertThat(run.state()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(run.id()).isEqualTo(runId);
  }

  @Test
  void seesARunEndedElsewhereByReadingTheCatalogAgain() throws Exception {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    var waiting = awaitEnd("etl", runId);
    JobsHarness.sleep(50);
    assertThat(waiting).isNotDone();
    long endingsBefore = harness.endings.count();

    var run = harness.run("etl", runId);
    harness.catalog.updateRun(run.moved(JobRunState.FAILED, harness.clock.now(), "x"), List.of());

    assertThat(waiting.get(5, TimeUnit.SECONDS).value().state()).isEqualTo(JobRunState.FAILED);
    assertThat(harness.endings.count()).as("no ending was told").isEqualTo(endingsBefore);
  }

  @Test
  void answersARunThatHasEndedAtOnce() throws Exception {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    var run = harness.run("etl", runId);
    harness.catalog.updateRun(run.moved(JobRunState.STOPPED, harness.clock.now(), null), List.of());

    assertThat(awaitEnd("etl", runId).get(5, TimeUnit.SECONDS).value().state())
        .isEqualTo(JobRunState.STOPPED);
  }

  @Test
  void anUnknownRunOrARunWhoseJobIsDeletedIsNotFound() throws Exception {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    var waiting = awaitEnd("etl", runId);

    harness.service.deleteJob("etl");

    var failure = waiting.get(5, TimeUnit.SECONDS).failure();
    assertThat(failure.code()).isEqualTo("EntityNotFoundException");
    assertThat(awaitEnd("etl", "jr_nope").get(5, TimeUnit.SECONDS).isOk()).isFalse();
  }

  @Test
  void anInterruptEndsTheWait() throws Exception {
    harness.create(job("etl"));
    var runId = harness.start("etl", Map.of());
    var outcome = new CompletableFuture<Throwable>();
    var waiter =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    harness.service.awaitEnd("etl", runId);
                    outcome.complete(null);
                  } catch (InterruptedException e) {
                    outcome.complete(e);
                  }
                });
    JobsHarness.sleep(50);

    waiter.interrupt();

    assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
  }
}
