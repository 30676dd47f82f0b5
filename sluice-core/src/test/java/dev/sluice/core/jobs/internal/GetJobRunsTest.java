package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.ok;
import static dev.sluice.core.jobs.internal.Failures.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobsHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GetJobRunsTest {
  private final JobsHarness harness = new JobsHarness();

  private List<String> startRuns(int count) {
    harness.create(job("etl").maxConcurrentRuns(count));
    var ids = new ArrayList<String>();
    for (int i = 0; i < count; i++) {
      ids.add(harness.start("etl", Map.of()));
    }
    return ids;
  }

  @Test
  void getJobRunAnswersTheRun() {
    var runId = startRuns(1).getFirst();

    var run = ok(harness.service.getJobRun("etl", runId));

    assertThat(run.id()).isEqualTo(runId);
    assertThat(run.jobName()).isEqualTo("etl");
  }

  @Test
  void anUnknownRunOrJobIsNotFound() {
    var runId = startRuns(1).getFirst();

    assertFailure(
        harness.service.getJobRun("etl", "jr_nope"),
        "EntityNotFoundException",
        "Job Run Id not found");
    assertFailure(
        harness.service.getJobRun("other", runId),
        "EntityNotFoundException",
        "Job Run Id not found");
    assertFailure(
        harness.service.getJobRuns("other", null, null),
        "EntityNotFoundException",
        "Job with name: other not found.");
  }

  @Test
  void answersTheRunsNewestFirstPageByPage() {
    var ids = startRuns(5);

    var first = ok(harness.service.getJobRuns("etl", null, 2));
    var second = ok(harness.service.getJobRuns("etl", first.nextToken(), 2));
    var third = ok(harness.service.getJobRuns("etl", second.nextToken(), 2));

    assertThat(first.items()).extracting(JobRun::id).containsExactly(ids.get(4), ids.get(3));
    assertThat(second.items()).extracting(JobRun::id).containsExactly(ids.get(2), ids.get(1));
    assertThat(third.items()).extracting(JobRun::id).containsExactly(ids.get(0));
    assertThat(third.nextToken()).isNull();
  }

  @Test
  void aJobWithoutRunsHasAnEmptyPage() {
    harness.create(job("etl"));

    var page = ok(harness.service.getJobRuns("etl", null, null));

    assertThat(page.items()).isEmpty();
    assertThat(page.nextToken()).isNull();
  }

  @Test
  void aJobsTokenIsNoRunsToken() {
    startRuns(1);
    harness.create(job("other"));
    var jobsToken = ok(harness.service.getJobs(null, 1)).nextToken();

    assertFailure(
        harness.service.getJobRuns("etl", jobsToken, null),
        "InvalidInputException",
        "Invalid pagination token.");
  }
}
