package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.JobRunState;

/**
 * A run's Timeout (minutes) passes on Sluice's clock: moved past it with virtual time ({@code POST
 * /_sluice/time/advance}), the run ends TIMEOUT and its processes are gone.
 */
@ExtendWith(SharedJobs.class)
class RunTimeoutTest {
  static Jobs jobs;

  @BeforeAll
  static void connect(Jobs shared) {
    jobs = shared;
  }

  @Test
  void aRunPastItsTimeoutEndsTimeoutAndItsProcessIsGone() {
    jobs.pythonShell("times-out", Jobs.SLEEPER, b -> b.timeout(1));
    var runId = jobs.start("times-out");
    jobs.awaitState("times-out", runId, JobRunState.RUNNING);
    long pid = jobs.awaitPid(runId);
    assertThat(Jobs.running(pid)).isTrue();
    assertThat(jobs.run("times-out", runId).timeout()).isEqualTo(1);

    jobs.advance("2m");
    var run = jobs.awaitEnd("times-out", runId);

    assertThat(run.jobRunState()).isEqualTo(JobRunState.TIMEOUT);
    assertThat(run.errorMessage()).isNotBlank();
    assertThat(run.completedOn()).isAfterOrEqualTo(run.startedOn().plus(Duration.ofMinutes(1)));
    assertThat(Jobs.running(pid)).isFalse();
    await("no process of run " + runId + " is left")
        .atMost(Duration.ofSeconds(10))
        .until(() -> Jobs.processesMentioning(runId).isEmpty());
  }
}
