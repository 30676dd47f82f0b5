package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Comparator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.JobRun;
import software.amazon.awssdk.services.glue.model.JobRunState;

/**
 * With MaxRetries 1 a failed run is retried once: a second run, attempt 1, whose PreviousRunId is
 * the first and whose id is the first's with {@code _attempt_1}; when it fails too there is no
 * third.
 */
@ExtendWith(SharedJobs.class)
class RetriesTest {
  static Jobs jobs;

  @BeforeAll
  static void connect(Jobs shared) {
    jobs = shared;
  }

  @Test
  void aFailingRunIsRetriedOnceAndBothFail() {
    jobs.pythonShell("fails-twice", "raise RuntimeError('always fails')\n", b -> b.maxRetries(1));
    var firstId = jobs.start("fails-twice");

    var first = jobs.awaitEnd("fails-twice", firstId);
    var retryId =
        await("the retry of " + firstId)
            .atMost(Jobs.PATIENCE)
            .until(
                () -> jobs.glue.getJobRuns(b -> b.jobName("fails-twice")).jobRuns(),
                runs -> runs.size() == 2)
            .stream()
            .map(JobRun::id)
            .filter(id -> !id.equals(firstId))
            .findFirst()
            .orElseThrow();
    var retry = jobs.awaitEnd("fails-twice", retryId);

    assertThat(first.jobRunState()).isEqualTo(JobRunState.FAILED);
    assertThat(first.attempt()).isZero();
    assertThat(first.previousRunId()).isNull();
    assertThat(first.errorMessage()).isEqualTo("RuntimeError: always fails");
    assertThat(retry.jobRunState()).isEqualTo(JobRunState.FAILED);
    assertThat(retry.attempt()).isEqualTo(1);
    assertThat(retry.previousRunId()).isEqualTo(firstId);
    assertThat(retry.id()).isEqualTo(firstId + "_attempt_1");
    assertThat(retry.errorMessage()).isEqualTo("RuntimeError: always fails");
    var runs = jobs.glue.getJobRuns(b -> b.jobName("fails-twice")).jobRuns();
    assertThat(runs).hasSize(2).extracting(JobRun::attempt).containsExactlyInAnyOrder(0, 1);
    assertThat(runs.stream().max(Comparator.comparing(JobRun::attempt)).orElseThrow().id())
        .isEqualTo(retryId);
  }
}
