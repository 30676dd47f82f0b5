package dev.sluice.aws.glue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON the endpoint answers: Glue's member names, order-free values, json 1.1 timestamps. */
class GlueOutputShapesTest extends GlueCalls {
  private static final String RUN_ID = "jr_" + "ab".repeat(32);

  static JobRun endedRun() {
    return new JobRun(
        RUN_ID,
        1,
        "jr_prev",
        "nightly-trigger",
        "etl",
        "SCRIPT",
        Instant.parse("2026-03-01T12:00:00.250Z"),
        Instant.parse("2026-03-01T12:05:00Z"),
        Instant.parse("2026-03-01T12:05:00Z"),
        JobRunState.FAILED,
        Map.of("--day", "1"),
        "boom",
        10,
        299,
        60,
        2.5,
        "G.1X",
        4,
        "sec",
        "/aws-glue/jobs",
        5,
        "4.0",
        "STANDARD",
        3);
  }

  @Test
  void getJobAnswersEveryMemberButTheTagsWithKeptDocumentsAsJson() throws Exception {
    ok(
        "CreateJob",
        "{\"Name\":\"etl\"," + GlueInputMappingTest.MEMBERS + ",\"Tags\":{\"team\":\"data\"}}");

    var job = ok("GetJob", "{\"JobName\":\"etl\"}").path("Job");

    assertThat(job)
        .isEqualTo(
            parse(
                """
                {"Name":"etl","JobMode":"VISUAL","JobRunQueuingEnabled":true,
                 "Description":"nightly","LogUri":"s3://logs/etl",
                 "Role":"arn:aws:iam::123456789012:role/glue",
                 "CreatedOn":1772366400.123,"LastModifiedOn":1772366400.123,
                 "ExecutionProperty":{"MaxConcurrentRuns":3},
                 "Command":{"Name":"glueetl","ScriptLocation":"s3://b/etl.py",
                   "PythonVersion":"3","Runtime":"Ray2.4"},
                 "DefaultArguments":{"--day":"1","--job-language":"python"},
                 "NonOverridableArguments":{"--secret":"x"},
                 "Connections":{"Connections":["pg","mysql"]},
                 "MaxRetries":2,"AllocatedCapacity":10,"Timeout":60,"MaxCapacity":2.5,
                 "WorkerType":"G.1X","NumberOfWorkers":4,"SecurityConfiguration":"sec",
                 "NotificationProperty":{"NotifyDelayAfter":5},"GlueVersion":"4.0",
                 "CodeGenConfigurationNodes":
                   {"node-1":{"S3CsvSource":{"Name":"in","Paths":["s3://b/in"]}}},
                 "ExecutionClass":"FLEX",
                 "SourceControlDetails":{"Provider":"GITHUB","Repository":"repo","Owner":"me",
                   "Branch":"main","Folder":"jobs","LastCommitId":"abc123",
                   "AuthStrategy":"PERSONAL_ACCESS_TOKEN","AuthToken":"tok"},
                 "MaintenanceWindow":"Sun:3"}
                """));
  }

  @Test
  void aJobThatLeftOutMaxConcurrentRunsAnswersGluesDefaultOfOne() throws Exception {
    createJob("bare");

    var job = ok("GetJob", "{\"JobName\":\"bare\"}").path("Job");

    assertThat(job)
        .isEqualTo(
            parse(
                """
                {"Name":"bare","Role":"r","CreatedOn":1772366400.123,
                 "LastModifiedOn":1772366400.123,"ExecutionProperty":{"MaxConcurrentRuns":1},
                 "Command":{"Name":"glueetl"}}
                """));
  }

  @Test
  void timestampsAreEpochSecondsWithTheirMilliseconds() throws Exception {
    createJob("etl");

    var body = call("GetJob", "{\"JobName\":\"etl\"}");

    assertThat(new String(((dev.sluice.aws.http.HttpResponse.Bytes) body.body()).bytes()))
        .contains("\"CreatedOn\":1772366400.123");
  }

  @Test
  void getJobRunAnswersEveryMemberWithNoPredecessors() throws Exception {
    createJob("etl");
    service.putRun(endedRun());

    var run = ok("GetJobRun", "{\"JobName\":\"etl\",\"RunId\":\"" + RUN_ID + "\"}");

    assertThat(run.path("JobRun"))
        .isEqualTo(
            parse(
                """
                {"Id":"%s","Attempt":1,"PreviousRunId":"jr_prev",
                 "TriggerName":"nightly-trigger","JobName":"etl","JobMode":"SCRIPT",
                 "StartedOn":1772366400.250,"LastModifiedOn":1772366700.000,
                 "CompletedOn":1772366700.000,"JobRunState":"FAILED",
                 "Arguments":{"--day":"1"},"ErrorMessage":"boom","PredecessorRuns":[],
                 "AllocatedCapacity":10,"ExecutionTime":299,"Timeout":60,"MaxCapacity":2.5,
                 "WorkerType":"G.1X","NumberOfWorkers":4,"SecurityConfiguration":"sec",
                 "LogGroupName":"/aws-glue/jobs","NotificationProperty":{"NotifyDelayAfter":5},
                 "GlueVersion":"4.0","ExecutionClass":"STANDARD"}
                """
                    .formatted(RUN_ID)));
  }

  @Test
  void aRunThatHasNotEndedHasAnExecutionTimeOfZeroAndNoCompletion() throws Exception {
    createJob("etl");
    var id = ok("StartJobRun", "{\"JobName\":\"etl\"}").path("JobRunId").asText();

    var run = ok("GetJobRun", "{\"JobName\":\"etl\",\"RunId\":\"" + id + "\"}").path("JobRun");

    assertThat(run.path("JobRunState").asText()).isEqualTo("STARTING");
    assertThat(run.path("ExecutionTime").asInt(-1)).isZero();
    assertThat(run.has("CompletedOn")).isFalse();
    assertThat(run.has("NotificationProperty")).isFalse();
    assertThat(run.has("Arguments")).isFalse();
  }

  @Test
  void getJobRunsAnswersTheRunsNewestFirstAndTheNextToken() throws Exception {
    ok(
        "CreateJob",
        "{\"Name\":\"etl\",\"Role\":\"r\",\"Command\":{},"
            + "\"ExecutionProperty\":{\"MaxConcurrentRuns\":5}}");
    var first = ok("StartJobRun", "{\"JobName\":\"etl\"}").path("JobRunId").asText();
    var second = ok("StartJobRun", "{\"JobName\":\"etl\"}").path("JobRunId").asText();

    var page = ok("GetJobRuns", "{\"JobName\":\"etl\",\"MaxResults\":1}");
    var rest =
        ok(
            "GetJobRuns",
            "{\"JobName\":\"etl\",\"NextToken\":\"" + page.path("NextToken").asText() + "\"}");

    assertThat(page.path("JobRuns").get(0).path("Id").asText()).isEqualTo(second);
    assertThat(page.path("NextToken").isTextual()).isTrue();
    assertThat(rest.path("JobRuns").get(0).path("Id").asText()).isEqualTo(first);
    assertThat(rest.has("NextToken")).isFalse();
  }

  @Test
  void getJobsAndListJobsAnswerAPageWithTheNextToken() throws Exception {
    createJob("a");
    createJob("b");

    var jobs = ok("GetJobs", "{\"MaxResults\":1}");
    var names = ok("ListJobs", "{\"NextToken\":\"a\"}");

    assertThat(jobs.path("Jobs").size()).isEqualTo(1);
    assertThat(jobs.path("Jobs").get(0).path("Name").asText()).isEqualTo("a");
    assertThat(jobs.path("NextToken").asText()).isEqualTo("a");
    assertThat(names).isEqualTo(parse("{\"JobNames\":[\"b\"]}"));
  }

  @Test
  void batchGetJobsAnswersTheJobsAndTheNamesNotFound() throws Exception {
    createJob("a");

    var found = ok("BatchGetJobs", "{\"JobNames\":[\"a\",\"nope\"]}");

    assertThat(found.path("Jobs").get(0).path("Name").asText()).isEqualTo("a");
    assertThat(found.path("Jobs").get(0).has("Tags")).isFalse();
    assertThat(found.path("JobsNotFound")).isEqualTo(parse("[\"nope\"]"));
  }

  @Test
  void batchStopJobRunAnswersSubmissionsAndErrorsWithTheirDetail() throws Exception {
    createJob("etl");
    var id = ok("StartJobRun", "{\"JobName\":\"etl\"}").path("JobRunId").asText();

    var stopped =
        ok("BatchStopJobRun", "{\"JobName\":\"etl\",\"JobRunIds\":[\"" + id + "\",\"jr_x\"]}");

    assertThat(stopped)
        .isEqualTo(
            parse(
                """
                {"SuccessfulSubmissions":[{"JobName":"etl","JobRunId":"%s"}],
                 "Errors":[{"JobName":"etl","JobRunId":"jr_x",
                   "ErrorDetail":{"ErrorCode":"EntityNotFoundException",
                     "ErrorMessage":"Job Run jr_x not found"}}]}
                """
                    .formatted(id)));
  }

  @Test
  void deleteJobAnswersTheName() throws Exception {
    assertThat(ok("DeleteJob", "{\"JobName\":\"gone\"}"))
        .isEqualTo(parse("{\"JobName\":\"gone\"}"));
  }
}
