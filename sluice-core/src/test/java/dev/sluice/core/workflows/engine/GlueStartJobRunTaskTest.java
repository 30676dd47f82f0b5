package dev.sluice.core.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.jobs.NewJobRun;
import dev.sluice.core.result.Failure;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code glue:startJobRun} (request-response): what reaches Glue and what the task answers. */
class GlueStartJobRunTaskTest {
  private final StandInJobs jobs = new StandInJobs("test");
  private final GlueTasks tasks = new GlueTasks(() -> jobs);

  private TaskOutcome start(String parameters) throws InterruptedException {
    return tasks.run(
        new TaskCall(
            TaskResource.parse("arn:aws:states:::glue:startJobRun"),
            Json.read(parameters),
            null,
            "us-east-1",
            "111111111111",
            "arn:aws:states:us-east-1:111111111111:execution:m:e",
            submitted -> {
              throw new AssertionError("request-response submits nothing");
            }));
  }

  @Test
  void servesStartJobRunItsSyncFormAndTheSdkIntegrationOnly() {
    assertThat(tasks.serves(TaskResource.parse("arn:aws:states:::glue:startJobRun"))).isTrue();
    assertThat(tasks.serves(TaskResource.parse("arn:aws:states:::glue:startJobRun.sync"))).isTrue();
    assertThat(tasks.serves(TaskResource.parse("arn:aws:states:::aws-sdk:glue:getJobRun")))
        .isTrue();
    assertThat(
            tasks.serves(TaskResource.parse("arn:aws:states:::glue:startJobRun.waitForTaskToken")))
        .isFalse();
    assertThat(tasks.serves(TaskResource.parse("arn:aws:states:::glue:startCrawler"))).isFalse();
    assertThat(tasks.serves(TaskResource.parse("arn:aws:states:::lambda:invoke"))).isFalse();
  }

  @Test
  void passesEveryParameterToStartJobRun() throws InterruptedException {
    start(
        """
        {"JobName": "test", "JobRunId": "jr_previous", "Arguments": {"--day": "2026-03-01"},
         "AllocatedCapacity": 5, "Timeout": 60, "MaxCapacity": 2.5,
         "SecurityConfiguration": "sec", "NotificationProperty": {"NotifyDelayAfter": 7},
         "WorkerType": "G.1X", "NumberOfWorkers": 4, "ExecutionClass": "FLEX",
         "JobRunQueuingEnabled": true}""");

    assertThat(jobs.starts)
        .containsExactly(
            new NewJobRun(
                "test",
                "jr_previous",
                Map.of("--day", "2026-03-01"),
                5,
                60,
                2.5,
                "sec",
                7,
                "G.1X",
                4,
                "FLEX",
                true));
  }

  @Test
  void leavesAbsentParametersNull() throws InterruptedException {
    start("{\"JobName\": \"test\"}");

    assertThat(jobs.starts).containsExactly(NewJobRun.of("test", Map.of()));
  }

  @Test
  void answersTheRunIdWithGlueHttpMetadata() throws InterruptedException {
    JsonNode output = ((TaskOutcome.Done) start("{\"JobName\": \"test\"}")).output();

    String id = jobs.nextStarted();
    assertThat(output.path("JobRunId").asText()).isEqualTo(id);
    assertThat(id).matches("jr_[0-9a-f]{64}");
    String requestId = output.path("SdkResponseMetadata").path("RequestId").asText();
    assertThat(requestId).matches("[0-9a-f-]{36}");
    JsonNode http = output.path("SdkHttpMetadata");
    assertThat(http.path("HttpStatusCode").asInt()).isEqualTo(200);
    JsonNode headers = http.path("HttpHeaders");
    assertThat(headers.path("Content-Type").asText()).isEqualTo("application/x-amz-json-1.1");
    assertThat(headers.path("Content-Length").asText())
        .isEqualTo(Integer.toString(("{\"JobRunId\":\"" + id + "\"}").length()))
        .isEqualTo("82");
    assertThat(headers.path("x-amzn-RequestId").asText()).isEqualTo(requestId);
    assertThat(headers.path("connection").asText()).isEqualTo("keep-alive");
    assertThat(headers.path("Date").asText()).matches("\\w{3}, \\d{2} \\w{3} \\d{4} [0-9:]{8} GMT");
    JsonNode all = http.path("AllHttpHeaders");
    assertThat(all.path("Content-Length").get(0).asText()).isEqualTo("82");
    assertThat(all.path("x-amzn-RequestId").get(0).asText()).isEqualTo(requestId);
    assertThat(output.size()).isEqualTo(3);
  }

  @Test
  void failsAnUnknownJobWithGluesExceptionNameAndTheSdkV1Cause() throws InterruptedException {
    TaskOutcome.Failed failed = (TaskOutcome.Failed) start("{\"JobName\": \"missing\"}");

    assertThat(failed.error()).isEqualTo("Glue.EntityNotFoundException");
    assertThat(failed.cause())
        .matches(
            "Failed to start job run due to missing metadata \\(Service: AWSGlue; Status Code:"
                + " 400; Error Code: EntityNotFoundException; Request ID: [0-9a-f-]{36};"
                + " Proxy: null\\)");
  }

  @Test
  void failsARunOverTheConcurrencyLimitWithGluesExceptionName() throws InterruptedException {
    jobs.refusal =
        Failure.of("ConcurrentRunsExceededException", 400, "Concurrent runs exceeded for test");

    TaskOutcome.Failed failed = (TaskOutcome.Failed) start("{\"JobName\": \"test\"}");

    assertThat(failed.error()).isEqualTo("Glue.ConcurrentRunsExceededException");
    assertThat(failed.cause())
        .startsWith(
            "Concurrent runs exceeded for test (Service: AWSGlue; Status Code: 400; Error Code:"
                + " ConcurrentRunsExceededException;");
  }

  @Test
  void refusesArgumentValuesThatAreNotStringsWithoutStartingARun() throws InterruptedException {
    TaskOutcome.Failed failed =
        (TaskOutcome.Failed)
            start("{\"JobName\": \"test\", \"Arguments\": {\"--n\": 1, \"--s\": \"x\"}}");

    assertThat(failed.error()).isEqualTo("States.Runtime");
    assertThat(failed.cause())
        .isEqualTo(
            "The Parameters '{\"JobName\":\"test\",\"Arguments\":{\"--n\":1,\"--s\":\"x\"}}'"
                + " could not be used to start the Task: [The value for the field"
                + " 'Arguments.--n' must be a STRING]");
    assertThat(jobs.starts).isEmpty();
  }

  @Test
  void refusesMembersOfTheWrongTypeAndAMissingJobName() throws InterruptedException {
    TaskOutcome.Failed typed =
        (TaskOutcome.Failed) start("{\"JobName\": \"test\", \"Timeout\": \"60\"}");
    TaskOutcome.Failed nameless = (TaskOutcome.Failed) start("{\"Arguments\": {}}");

    assertThat(typed.cause()).endsWith("[The value for the field 'Timeout' must be an INTEGER]");
    assertThat(nameless.error()).isEqualTo("States.Runtime");
    assertThat(nameless.cause()).isEqualTo("The field 'JobName' is required but was missing");
    assertThat(jobs.starts).isEmpty();
  }
}
