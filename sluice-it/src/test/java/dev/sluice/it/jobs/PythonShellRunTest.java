package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.JobRunState;

/**
 * A pythonshell job's run: python3 runs the script from S3, the run ends SUCCEEDED with its times,
 * its log group and the arguments it was started with, its standard output is in {@code
 * /aws-glue/jobs/output} (and {@code /aws-glue/python-jobs/output}) in the run's stream, and
 * GetJobRuns lists it.
 */
@ExtendWith(SharedJobs.class)
class PythonShellRunTest {
  static Jobs jobs;

  @BeforeAll
  static void connect(Jobs shared) {
    jobs = shared;
  }

  @Test
  void aRunSucceedsWithItsTimesLogGroupAndArguments() {
    jobs.pythonShell("hello", "print('hello from the job')\n");

    var runId = jobs.start("hello", Map.of("--greeting", "hi", "--count", "3"));
    var run = jobs.awaitEnd("hello", runId);

    assertThat(run.jobRunState()).as(run.errorMessage()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(run.id()).isEqualTo(runId).startsWith("jr_");
    assertThat(run.jobName()).isEqualTo("hello");
    assertThat(run.attempt()).isZero();
    assertThat(run.previousRunId()).isNull();
    assertThat(run.errorMessage()).isNull();
    assertThat(run.startedOn()).isNotNull();
    assertThat(run.completedOn()).isNotNull().isAfterOrEqualTo(run.startedOn());
    assertThat(run.lastModifiedOn()).isAfterOrEqualTo(run.startedOn());
    assertThat(run.executionTime()).isNotNull().isGreaterThanOrEqualTo(0);
    assertThat(run.logGroupName()).isEqualTo("/aws-glue/python-jobs");
    assertThat(run.arguments())
        .containsExactlyInAnyOrderEntriesOf(Map.of("--greeting", "hi", "--count", "3"));
    assertThat(run.maxCapacity()).isEqualTo(0.0625);
    assertThat(jobs.lines(Jobs.OUTPUT, runId)).contains("hello from the job");
    assertThat(jobs.lines("/aws-glue/python-jobs/output", runId)).contains("hello from the job");
  }

  @Test
  void getJobRunsListsTheRunsNewestFirst() {
    jobs.pythonShell("listed", "print('listed')\n");
    var first = jobs.awaitEnd("listed", jobs.start("listed")).id();
    var second = jobs.awaitEnd("listed", jobs.start("listed")).id();

    var runs = jobs.glue.getJobRuns(b -> b.jobName("listed")).jobRuns();

    assertThat(runs).extracting(r -> r.id()).containsExactly(second, first);
    assertThat(runs).allMatch(r -> r.jobRunState() == JobRunState.SUCCEEDED);
  }
}
