package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.ok;
import static dev.sluice.core.jobs.internal.Failures.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.JobsHarness;
import dev.sluice.core.jobs.NewJobRun;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartJobRunTest {
  private final JobsHarness harness = new JobsHarness();

  private static NewJobRun run(
      String jobName, Integer timeout, Double maxCapacity, String workerType, Integer workers) {
    return new NewJobRun(
        jobName,
        null,
        Map.of(),
        null,
        timeout,
        maxCapacity,
        null,
        null,
        workerType,
        workers,
        null,
        null);
  }

  @Test
  void answersJrAnd64LowerCaseHexDigitsNewForEveryRun() {
    harness.create(job("etl").maxConcurrentRuns(2));

    var first = harness.start("etl", Map.of());
    var second = harness.start("etl", Map.of());

    assertThat(first).matches("jr_[0-9a-f]{64}");
    assertThat(second).matches("jr_[0-9a-f]{64}").isNotEqualTo(first);
  }

  @Test
  void commitsAStartingRunWithTheEventThatRunsIt() {
    harness.create(job("etl"));
    harness.clock.advance(Duration.ofMinutes(5));
    int signalsBefore = harness.signals.get();

    var runId = harness.start("etl", Map.of("--day", "monday"));

    var run = harness.run("etl", runId);
    assertThat(run.state()).isEqualTo(JobRunState.STARTING);
    assertThat(run.attempt()).isZero();
    assertThat(run.previousRunId()).isNull();
    assertThat(run.startedOn()).isEqualTo(JobsHarness.START.plus(Duration.ofMinutes(5)));
    assertThat(run.lastModifiedOn()).isEqualTo(run.startedOn());
    assertThat(run.completedOn()).isNull();
    assertThat(run.arguments()).containsExactly(Map.entry("--day", "monday"));
    assertThat(harness.catalog.events()).containsExactly(JobsHarness.runEvent("etl", runId));
    assertThat(harness.signals.get()).isEqualTo(signalsBefore + 1);
  }

  @Test
  void keepsOnlyTheRunsOwnArguments() {
    harness.create(job("etl").defaultArguments(Map.of("--a", "job")));

    var runId = harness.start("etl", Map.of("--b", "run"));

    assertThat(harness.run("etl", runId).arguments()).containsExactly(Map.entry("--b", "run"));
  }

  @Test
  void takesTheJobsSettingsWhenStartJobRunGivesNone() {
    harness.create(job("etl").workers("G.2X", 3).timeout(30).glueVersion("4.0"));

    var run = harness.run("etl", harness.start("etl", Map.of()));

    assertThat(run.workerType()).isEqualTo("G.2X");
    assertThat(run.numberOfWorkers()).isEqualTo(3);
    assertThat(run.maxCapacity()).isEqualTo(6.0);
    assertThat(run.allocatedCapacity()).isEqualTo(6);
    assertThat(run.timeout()).isEqualTo(30);
    assertThat(run.glueVersion()).isEqualTo("4.0");
    assertThat(run.jobMode()).isEqualTo("SCRIPT");
    assertThat(run.logGroupName()).isEqualTo("/aws-glue/jobs");
  }

  @Test
  void takesTheSettingsStartJobRunGives() {
    harness.create(job("etl").workers("G.1X", 10).timeout(30));
    var input =
        new NewJobRun(
            "etl", null, Map.of(), null, 5, null, "secure", 3, "G.4X", null, "FLEX", null);

    var run = harness.run("etl", ok(harness.service.startJobRun(input)));

    assertThat(run.timeout()).isEqualTo(5);
    assertThat(run.workerType()).isEqualTo("G.4X");
    assertThat(run.numberOfWorkers()).isEqualTo(10);
    assertThat(run.maxCapacity()).isEqualTo(40.0);
    assertThat(run.securityConfiguration()).isEqualTo("secure");
    assertThat(run.notifyDelayAfter()).isEqualTo(3);
    assertThat(run.executionClass()).isEqualTo("FLEX");
  }

  @Test
  void aRunOfAJobWithoutWorkersMayAskForOtherDpus() {
    harness.create(job("etl"));

    var run =
        harness.run("etl", ok(harness.service.startJobRun(run("etl", null, 4.0, null, null))));

    assertThat(run.maxCapacity()).isEqualTo(4.0);
    assertThat(run.allocatedCapacity()).isEqualTo(4);
    assertThat(run.workerType()).isNull();
  }

  @Test
  void aRunOfAJobWithWorkersCannotAskForMaxCapacity() {
    harness.create(job("etl").workers("G.1X", 10));

    assertFailure(
        harness.service.startJobRun(run("etl", null, 4.0, null, null)),
        "InvalidInputException",
        "Please do not set Max Capacity if using Worker Type and Number of Workers.");
    assertFailure(
        harness.service.startJobRun(run("etl", null, null, "G.1X", 1)),
        "InvalidInputException",
        "To use Worker Type G.1X, minimum allowed value of Number of Workers is 2.");
    assertFailure(
        harness.service.startJobRun(run("etl", 10081, null, null, null)),
        "InvalidInputException",
        "Timeout must be less than 7 days or 10080 minutes.");
    assertThat(harness.catalog.runs("etl", 0, 10)).isEmpty();
  }

  @Test
  void pythonShellRunsLogToThePythonJobsGroup() {
    harness.create(job("shell").command(JobCommand.PYTHON_SHELL));

    var run = harness.run("shell", harness.start("shell", Map.of()));

    assertThat(run.logGroupName()).isEqualTo("/aws-glue/python-jobs");
    assertThat(run.maxCapacity()).isEqualTo(0.0625);
  }

  @Test
  void anUnknownJobIsMissingMetadata() {
    assertFailure(
        harness.service.startJobRun(NewJobRun.of("nope", Map.of())),
        "EntityNotFoundException",
        "Failed to start job run due to missing metadata.");
  }

  @Test
  void refusesARunBeyondTheJobsMaxConcurrentRuns() {
    harness.create(job("etl").maxConcurrentRuns(2));
    var first = harness.start("etl", Map.of());
    harness.start("etl", Map.of());

    assertFailure(
        harness.service.startJobRun(NewJobRun.of("etl", Map.of())),
        "ConcurrentRunsExceededException",
        "Concurrent runs exceeded for etl");

    var ended = harness.run("etl", first).moved(JobRunState.SUCCEEDED, harness.clock.now(), null);
    harness.catalog.updateRun(ended, java.util.List.of());
    assertThat(harness.service.startJobRun(NewJobRun.of("etl", Map.of())).isOk()).isTrue();
  }

  @Test
  void aJobRunIdOfAnEarlierRunMakesTheNewRunItsNextAttempt() {
    harness.create(job("etl"));
    var first = harness.start("etl", Map.of());
    var failed = harness.run("etl", first).moved(JobRunState.FAILED, harness.clock.now(), "boom");
    harness.catalog.updateRun(failed, java.util.List.of());
    var retry =
        new NewJobRun("etl", first, Map.of(), null, null, null, null, null, null, null, null, null);

    var run = harness.run("etl", ok(harness.service.startJobRun(retry)));

    assertThat(run.previousRunId()).isEqualTo(first);
    assertThat(run.attempt()).isEqualTo(1);
  }

  @Test
  void aJobRunIdOfNoKnownRunStartsAFirstAttempt() {
    harness.create(job("etl"));
    var input =
        new NewJobRun(
            "etl", "jr_unknown", Map.of(), null, null, null, null, null, null, null, null, null);

    var run = harness.run("etl", ok(harness.service.startJobRun(input)));

    assertThat(run.previousRunId()).isNull();
    assertThat(run.attempt()).isZero();
  }
}
