package dev.sluice.core.jobs.run;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.JobsHarness;
import dev.sluice.core.result.Failure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryTest {
  private final JobsHarness harness = new JobsHarness();

  /** Delivers the newest events and fails the run's process. */
  private JobRun fail(String runId) {
    harness.deliverNew();
    harness.awaitState("etl", runId, JobRunState.RUNNING);
    harness.launcher.process(runId).exit(1, "boom " + runId);
    return harness.awaitState("etl", runId, JobRunState.FAILED);
  }

  private JobRun awaitRun(String runId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (harness.catalog.findRun("etl", runId).isEmpty() && System.nanoTime() < deadline) {
      JobsHarness.sleep(5);
    }
    return harness.run("etl", runId);
  }

  @Test
  void aFailedRunIsFollowedByItsNextAttemptUpToMaxRetries() {
    harness.create(job("etl").maxRetries(2));
    var first = harness.start("etl", Map.of("--day", "monday"));

    fail(first);
    var second = awaitRun(first + "_attempt_1");
    fail(second.id());
    var third = awaitRun(first + "_attempt_2");
    fail(third.id());
    JobsHarness.sleep(50);

    assertThat(second.attempt()).isEqualTo(1);
    assertThat(second.previousRunId()).isEqualTo(first);
    assertThat(second.arguments()).containsExactly(Map.entry("--day", "monday"));
    assertThat(third.attempt()).isEqualTo(2);
    assertThat(third.previousRunId()).isEqualTo(second.id());
    assertThat(harness.catalog.runs("etl", 0, 10)).hasSize(3);
    assertThat(harness.launcher.launches())
        .extracting(launch -> launch.run().id())
        .containsExactly(first, second.id(), third.id());
  }

  @Test
  void theNextAttemptStartsWithItsOwnEvent() {
    harness.create(job("etl").maxRetries(1));
    var first = harness.start("etl", Map.of());

    fail(first);
    var retry = awaitRun(first + "_attempt_1");

    assertThat(retry.state()).isEqualTo(JobRunState.STARTING);
    assertThat(retry.completedOn()).isNull();
    assertThat(retry.errorMessage()).isNull();
    assertThat(harness.catalog.events()).endsWith(JobsHarness.runEvent("etl", retry.id()));
  }

  @Test
  void runsThatTimedOutOrEndedInErrorAreRetriedToo() {
    harness.create(job("etl").maxRetries(2).timeout(1));
    var first = harness.start("etl", Map.of());
    harness.deliverNew();
    harness.awaitState("etl", first, JobRunState.RUNNING);
    harness.clock.advance(Duration.ofMinutes(1));
    harness.awaitState("etl", first, JobRunState.TIMEOUT);

    var second = awaitRun(first + "_attempt_1");
    harness.launcher.failNextStart(Failure.of("InternalServiceException", 500, "no Spark"));
    harness.deliverNew();
    harness.awaitState("etl", second.id(), JobRunState.ERROR);

    assertThat(awaitRun(first + "_attempt_2").previousRunId()).isEqualTo(second.id());
  }

  @Test
  void aRunThatSucceededIsNotRetried() {
    harness.create(job("etl").maxRetries(2));
    var runId = harness.start("etl", Map.of());
    harness.deliverNew();
    harness.awaitState("etl", runId, JobRunState.RUNNING);

    harness.launcher.process(runId).exit(0, null);

    harness.awaitState("etl", runId, JobRunState.SUCCEEDED);
    JobsHarness.sleep(50);
    assertThat(harness.catalog.runs("etl", 0, 10)).hasSize(1);
  }

  @Test
  void anEndedRunDeliveredAgainIsRetriedOnlyOnce() {
    harness.create(job("etl").maxRetries(1));
    var first = harness.start("etl", Map.of());
    fail(first);
    awaitRun(first + "_attempt_1");

    outcome(harness.deliver(harness.runner, JobsHarness.runEvent("etl", first)));

    assertThat(harness.catalog.runs("etl", 0, 10)).hasSize(2);
  }

  @Test
  void aRetryLostBetweenTheEndAndItsCommitStartsWhenTheEndedRunIsDeliveredAgain() {
    harness.create(job("etl").maxRetries(1));
    var first = harness.start("etl", Map.of());
    var run = harness.run("etl", first);
    harness.catalog.updateRun(run.moved(JobRunState.FAILED, harness.clock.now(), "x"), List.of());

    outcome(harness.deliver(harness.runner, JobsHarness.runEvent("etl", first)));

    var retry = harness.run("etl", first + "_attempt_1");
    assertThat(retry.previousRunId()).isEqualTo(first);
    assertThat(harness.launcher.launches()).isEmpty();
  }

  @Test
  void aRetryIsStartedEvenWhenAnotherRunTookTheOnlyConcurrentSlot() {
    harness.create(job("etl").maxRetries(1).maxConcurrentRuns(1));
    var first = harness.start("etl", Map.of());
    var run = harness.run("etl", first);
    harness.catalog.updateRun(run.moved(JobRunState.FAILED, harness.clock.now(), "x"), List.of());
    var other = harness.start("etl", Map.of());

    outcome(harness.deliver(harness.runner, JobsHarness.runEvent("etl", first)));

    assertThat(harness.run("etl", first + "_attempt_1").state()).isEqualTo(JobRunState.STARTING);
    assertThat(harness.run("etl", other).state()).isEqualTo(JobRunState.STARTING);
  }
}
