package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.ConcurrentRunsExceededException;
import software.amazon.awssdk.services.glue.model.JobRunState;

/**
 * A job runs at most MaxConcurrentRuns runs at once (1 by default): StartJobRun beyond that is a
 * ConcurrentRunsExceededException {@code Concurrent runs exceeded for <job>}, and a run can start
 * again once one has ended.
 */
@ExtendWith(SharedJobs.class)
class ConcurrentRunsTest {
  static Jobs jobs;

  @BeforeAll
  static void connect(Jobs shared) {
    jobs = shared;
  }

  @AfterEach
  void stopEverything() {
    for (var job : new String[] {"one-at-a-time", "two-at-a-time"}) {
      jobs.stopAll(job);
    }
  }

  @Test
  void aSecondRunWhileOneRunsIsRefused() {
    jobs.pythonShell("one-at-a-time", Jobs.SLEEPER);
    var first = jobs.start("one-at-a-time");
    jobs.awaitPid(first);

    var refused =
        catchThrowableOfType(
            ConcurrentRunsExceededException.class,
            () -> jobs.glue.startJobRun(b -> b.jobName("one-at-a-time")));

    assertThat(refused).as("ConcurrentRunsExceededException").isNotNull();
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.awsErrorDetails().errorMessage())
        .isEqualTo("Concurrent runs exceeded for one-at-a-time");
    assertThat(jobs.glue.getJobRuns(b -> b.jobName("one-at-a-time")).jobRuns()).hasSize(1);
    jobs.glue.batchStopJobRun(b -> b.jobName("one-at-a-time").jobRunIds(first));
    jobs.awaitState("one-at-a-time", first, JobRunState.STOPPED);
    var next = jobs.start("one-at-a-time");
    assertThat(next).isNotEqualTo(first);
  }

  @Test
  void maxConcurrentRunsTwoLetsTwoRunAndRefusesTheThird() {
    jobs.pythonShell(
        "two-at-a-time", Jobs.SLEEPER, b -> b.executionProperty(p -> p.maxConcurrentRuns(2)));
    var first = jobs.start("two-at-a-time");
    var second = jobs.start("two-at-a-time");

    var refused =
        catchThrowableOfType(
            ConcurrentRunsExceededException.class,
            () -> jobs.glue.startJobRun(b -> b.jobName("two-at-a-time")));

    assertThat(refused).as("ConcurrentRunsExceededException").isNotNull();
    assertThat(refused.awsErrorDetails().errorMessage())
        .isEqualTo("Concurrent runs exceeded for two-at-a-time");
    jobs.awaitPid(first);
    jobs.awaitPid(second);
  }
}
