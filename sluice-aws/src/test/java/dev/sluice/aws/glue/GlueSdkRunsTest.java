package dev.sluice.aws.glue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.NewJobRun;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.model.ExecutionClass;
import software.amazon.awssdk.services.glue.model.JobMode;
import software.amazon.awssdk.services.glue.model.JobRun;
import software.amazon.awssdk.services.glue.model.JobRunState;
import software.amazon.awssdk.services.glue.model.WorkerType;

/** Job runs make the round trip from the SDK's requests to its parsed answers. */
@SuppressWarnings("deprecation") // AllocatedCapacity: deprecated by Glue, still mapped
class GlueSdkRunsTest extends GlueSdkFixture {

  @Test
  void startJobRunSendsEveryMemberAndReadsTheRunId() {
    createJob("etl", 1);

    var id =
        glue.startJobRun(
                r ->
                    r.jobName("etl")
                        .jobRunQueuingEnabled(false)
                        .jobRunId("jr_prev")
                        .arguments(Map.of("--day", "2"))
                        .allocatedCapacity(5)
                        .timeout(30)
                        .maxCapacity(1.5)
                        .securityConfiguration("sec")
                        .notificationProperty(n -> n.notifyDelayAfter(7))
                        .workerType(WorkerType.G_2_X)
                        .numberOfWorkers(3)
                        .executionClass(ExecutionClass.STANDARD))
            .jobRunId();

    assertThat(id).startsWith("jr_");
    assertThat(service.lastStart)
        .isEqualTo(
            new NewJobRun(
                "etl",
                "jr_prev",
                Map.of("--day", "2"),
                5,
                30,
                1.5,
                "sec",
                7,
                "G.2X",
                3,
                "STANDARD",
                false));
  }

  @Test
  void getJobRunReadsEveryMember() {
    createJob("etl", 1);
    var stored = GlueOutputShapesTest.endedRun();
    service.putRun(stored);

    JobRun run = glue.getJobRun(r -> r.jobName("etl").runId(stored.id())).jobRun();

    assertThat(run.id()).isEqualTo(stored.id());
    assertThat(run.attempt()).isEqualTo(1);
    assertThat(run.previousRunId()).isEqualTo("jr_prev");
    assertThat(run.triggerName()).isEqualTo("nightly-trigger");
    assertThat(run.jobName()).isEqualTo("etl");
    assertThat(run.jobMode()).isEqualTo(JobMode.SCRIPT);
    assertThat(run.startedOn()).isEqualTo(Instant.parse("2026-03-01T12:00:00.250Z"));
    assertThat(run.lastModifiedOn()).isEqualTo(Instant.parse("2026-03-01T12:05:00Z"));
    assertThat(run.completedOn()).isEqualTo(Instant.parse("2026-03-01T12:05:00Z"));
    assertThat(run.jobRunState()).isEqualTo(JobRunState.FAILED);
    assertThat(run.arguments()).isEqualTo(Map.of("--day", "1"));
    assertThat(run.errorMessage()).isEqualTo("boom");
    assertThat(run.hasPredecessorRuns()).isTrue();
    assertThat(run.predecessorRuns()).isEmpty();
    assertThat(run.allocatedCapacity()).isEqualTo(10);
    assertThat(run.executionTime()).isEqualTo(299);
    assertThat(run.timeout()).isEqualTo(60);
    assertThat(run.maxCapacity()).isEqualTo(2.5);
    assertThat(run.workerType()).isEqualTo(WorkerType.G_1_X);
    assertThat(run.numberOfWorkers()).isEqualTo(4);
    assertThat(run.securityConfiguration()).isEqualTo("sec");
    assertThat(run.logGroupName()).isEqualTo("/aws-glue/jobs");
    assertThat(run.notificationProperty().notifyDelayAfter()).isEqualTo(5);
    assertThat(run.glueVersion()).isEqualTo("4.0");
    assertThat(run.executionClass()).isEqualTo(ExecutionClass.STANDARD);
  }

  @Test
  void getJobRunsPagesThroughTheRunsNewestFirst() {
    createJob("etl", 5);
    var first = glue.startJobRun(r -> r.jobName("etl")).jobRunId();
    var second = glue.startJobRun(r -> r.jobName("etl")).jobRunId();
    var third = glue.startJobRun(r -> r.jobName("etl")).jobRunId();

    var runs =
        glue.getJobRunsPaginator(r -> r.jobName("etl").maxResults(2)).jobRuns().stream().toList();

    assertThat(runs).extracting(JobRun::id).containsExactly(third, second, first);
    assertThat(runs).extracting(JobRun::jobRunState).containsOnly(JobRunState.STARTING);
  }

  @Test
  void batchStopJobRunReadsSubmissionsAndErrorDetails() {
    createJob("etl", 1);
    var id = glue.startJobRun(r -> r.jobName("etl")).jobRunId();

    var answer = glue.batchStopJobRun(r -> r.jobName("etl").jobRunIds(id, "jr_missing"));

    assertThat(answer.successfulSubmissions()).hasSize(1);
    assertThat(answer.successfulSubmissions().get(0).jobName()).isEqualTo("etl");
    assertThat(answer.successfulSubmissions().get(0).jobRunId()).isEqualTo(id);
    var error = answer.errors().get(0);
    assertThat(error.jobName()).isEqualTo("etl");
    assertThat(error.jobRunId()).isEqualTo("jr_missing");
    assertThat(error.errorDetail().errorCode()).isEqualTo("EntityNotFoundException");
    assertThat(error.errorDetail().errorMessage()).isEqualTo("Job Run jr_missing not found");
  }
}
