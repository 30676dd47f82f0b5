package dev.sluice.core.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.NewJobRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code aws-sdk:glue:*}: job runs with the members and errors of the SDK integration. */
class GlueSdkTaskTest {
  private final StandInJobs jobs = new StandInJobs("test");
  private final GlueTasks tasks = new GlueTasks(() -> jobs);

  private TaskOutcome call(String action, String parameters) throws InterruptedException {
    return tasks.run(
        new TaskCall(
            TaskResource.parse("arn:aws:states:::aws-sdk:glue:" + action),
            Json.read(parameters),
            null,
            "us-east-1",
            "111111111111",
            "arn:aws:states:us-east-1:111111111111:execution:m:e",
            submitted -> {}));
  }

  private static JsonNode output(TaskOutcome outcome) {
    return ((TaskOutcome.Done) outcome).output();
  }

  @Test
  void startJobRunAnswersOnlyTheRunId() throws InterruptedException {
    JsonNode output =
        output(call("startJobRun", "{\"JobName\": \"test\", \"Arguments\": {\"--a\": \"b\"}}"));

    assertThat(Json.write(output)).isEqualTo("{\"JobRunId\":\"" + jobs.nextStarted() + "\"}");
    assertThat(jobs.starts).containsExactly(NewJobRun.of("test", Map.of("--a", "b")));
  }

  @Test
  void getJobRunAnswersTheRunWithIsoDates() throws InterruptedException {
    call("startJobRun", "{\"JobName\": \"test\"}");
    String id = jobs.nextStarted();
    jobs.end(id, JobRunState.FAILED, "boom");

    JsonNode output =
        output(call("getJobRun", "{\"JobName\": \"test\", \"RunId\": \"" + id + "\"}"));

    assertThat(Json.write(output))
        .isEqualTo(
            ("{\"JobRun\":{\"AllocatedCapacity\":10,\"Arguments\":{},\"Attempt\":0,"
                    + "\"CompletedOn\":\"2026-03-01T10:01:10.123Z\",\"ErrorMessage\":\"boom\","
                    + "\"ExecutionClass\":\"STANDARD\",\"ExecutionTime\":70,\"GlueVersion\":\"4.0\","
                    + "\"Id\":\"%s\",\"JobMode\":\"SCRIPT\",\"JobName\":\"test\","
                    + "\"JobRunState\":\"FAILED\",\"LastModifiedOn\":\"2026-03-01T10:01:10.123Z\","
                    + "\"LogGroupName\":\"/aws-glue/jobs\",\"MaxCapacity\":10.0,"
                    + "\"PredecessorRuns\":[],\"StartedOn\":\"2026-03-01T10:00:00.123Z\","
                    + "\"Timeout\":2880}}")
                .formatted(id));
  }

  @Test
  void getJobRunsListsTheJobsRuns() throws InterruptedException {
    call("startJobRun", "{\"JobName\": \"test\"}");
    String id = jobs.nextStarted();

    JsonNode output = output(call("getJobRuns", "{\"JobName\": \"test\"}"));

    assertThat(output.path("JobRuns")).hasSize(1);
    assertThat(output.path("JobRuns").get(0).path("Id").asText()).isEqualTo(id);
    assertThat(output.path("JobRuns").get(0).path("JobRunState").asText()).isEqualTo("RUNNING");
    assertThat(output.has("NextToken")).isFalse();
  }

  @Test
  void batchStopJobRunAnswersTheStoppedRunsAndTheRefusals() throws InterruptedException {
    call("startJobRun", "{\"JobName\": \"test\"}");
    String id = jobs.nextStarted();

    JsonNode output =
        output(
            call(
                "batchStopJobRun",
                "{\"JobName\": \"test\", \"JobRunIds\": [\"%s\", \"jr_gone\"]}".formatted(id)));

    assertThat(Json.write(output))
        .isEqualTo(
            ("{\"Errors\":[{\"JobName\":\"test\",\"JobRunId\":\"jr_gone\",\"ErrorDetail\":"
                    + "{\"ErrorCode\":\"InvalidInputException\",\"ErrorMessage\":"
                    + "\"Job Run cannot be stopped\"}}],\"SuccessfulSubmissions\":"
                    + "[{\"JobName\":\"test\",\"JobRunId\":\"%s\"}]}")
                .formatted(id));
    assertThat(jobs.nextStopped()).isEqualTo(id);
  }

  @Test
  void failsWithGluesExceptionNameAndTheSdkV2Cause() throws InterruptedException {
    TaskOutcome.Failed failed =
        (TaskOutcome.Failed) call("getJobRun", "{\"JobName\": \"test\", \"RunId\": \"jr_x\"}");

    assertThat(failed.error()).isEqualTo("Glue.EntityNotFoundException");
    assertThat(failed.cause())
        .matches(
            "Job Run not found \\(Service: Glue, Status Code: 400, Request ID: [0-9a-f-]{36}\\)"
                + " \\(SDK Attempt Count: 1\\)");
  }

  @Test
  void refusesAMissingRequiredMemberAndAnActionSluiceLacks() throws InterruptedException {
    TaskOutcome.Failed missing = (TaskOutcome.Failed) call("getJobRun", "{\"JobName\": \"test\"}");
    TaskOutcome.Failed unsupported = (TaskOutcome.Failed) call("startCrawler", "{\"Name\": \"c\"}");

    assertThat(missing.error()).isEqualTo("States.Runtime");
    assertThat(missing.cause()).isEqualTo("The field 'RunId' is required but was missing");
    assertThat(unsupported.error()).isEqualTo("States.Runtime");
    assertThat(unsupported.cause()).contains("'startCrawler'");
  }
}
