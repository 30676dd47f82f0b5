package dev.sluice.core.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.HistoryEvent;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code glue:startJobRun.sync}: the task waits for the run and answers it; a run that does not
 * succeed fails the task; a cancelled task stops the run.
 */
class GlueSyncTaskTest {
  private static final String SYNC =
      """
      {"StartAt": "Run", "States": {
        "Run": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync",
          "Parameters": {"JobName.$": "$.job", "Arguments": {"--day": "2026-03-01"}}%s,
          "End": true}%s}}""";
  private static final String INPUT = "{\"job\": \"test\"}";

  private final GlueWorkflows workflows = new GlueWorkflows(new StandInJobs("test"));

  @AfterEach
  void close() {
    workflows.close();
  }

  private String start(String taskExtras, String moreStates, String input) {
    return workflows.start("sync", SYNC.formatted(taskExtras, moreStates), input);
  }

  @Test
  void answersTheSucceededRunInGetJobRunsMemberNamesWithEpochMillisecondDates() throws Exception {
    String arn = start("", "", INPUT);
    String id = workflows.jobs.nextStarted();
    workflows.jobs.end(id, JobRunState.SUCCEEDED, null);

    ExecutionRecord ended = workflows.awaitEnd(arn);

    long started = StandInJobs.STARTED.toEpochMilli();
    long completed = started + 70_000;
    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(ended.output())
        .isEqualTo(
            ("{\"AllocatedCapacity\":10,\"Arguments\":{\"--day\":\"2026-03-01\"},\"Attempt\":0,"
                    + "\"CompletedOn\":%d,\"ExecutionClass\":\"STANDARD\",\"ExecutionTime\":70,"
                    + "\"GlueVersion\":\"4.0\",\"Id\":\"%s\",\"JobMode\":\"SCRIPT\","
                    + "\"JobName\":\"test\",\"JobRunState\":\"SUCCEEDED\",\"LastModifiedOn\":%d,"
                    + "\"LogGroupName\":\"/aws-glue/jobs\",\"MaxCapacity\":10.0,"
                    + "\"PredecessorRuns\":[],\"StartedOn\":%d,\"Timeout\":2880}")
                .formatted(completed, id, completed, started));
  }

  @Test
  void recordsScheduledStartedSubmittedAndSucceededWithTheGlueResource() throws Exception {
    String arn = start("", "", INPUT);
    String id = workflows.jobs.nextStarted();
    workflows.jobs.end(id, JobRunState.SUCCEEDED, null);
    workflows.awaitEnd(arn);

    List<HistoryEvent> history = workflows.history(arn);
    assertThat(history)
        .extracting(HistoryEvent::type)
        .containsExactly(
            "ExecutionStarted",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskSubmitted",
            "TaskSucceeded",
            "TaskStateExited",
            "ExecutionSucceeded");
    for (HistoryEvent event : history.subList(2, 6)) {
      assertThat(event.details().path("resourceType").asText()).isEqualTo("glue");
      assertThat(event.details().path("resource").asText()).isEqualTo("startJobRun.sync");
    }
    JsonNode submitted = Json.read(history.get(4).details().path("output").asText());
    assertThat(submitted.path("JobRunId").asText()).isEqualTo(id);
    assertThat(submitted.has("SdkHttpMetadata")).isTrue();
    assertThat(Json.read(history.get(5).details().path("output").asText()).path("Id").asText())
        .isEqualTo(id);
  }

  @Test
  void failsWithTaskFailedAndTheRunAsCauseWhichACatchHandles() throws Exception {
    String arn =
        start(
            ", \"Catch\": [{\"ErrorEquals\": [\"States.TaskFailed\"], \"Next\": \"Handled\","
                + " \"ResultPath\": \"$.error\"}]",
            ", \"Handled\": {\"Type\": \"Pass\", \"End\": true}",
            INPUT);
    String id = workflows.jobs.nextStarted();
    workflows.jobs.end(id, JobRunState.FAILED, "Command failed with exit code 1");

    ExecutionRecord ended = workflows.awaitEnd(arn);

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    JsonNode error = Json.read(ended.output()).path("error");
    assertThat(error.path("Error").asText()).isEqualTo("States.TaskFailed");
    JsonNode run = Json.read(error.path("Cause").asText());
    assertThat(run.path("Id").asText()).isEqualTo(id);
    assertThat(run.path("JobRunState").asText()).isEqualTo("FAILED");
    assertThat(run.path("ErrorMessage").asText()).isEqualTo("Command failed with exit code 1");
    assertThat(workflows.types(arn))
        .contains("TaskSubmitted", "TaskFailed")
        .doesNotContain("TaskSucceeded");
    HistoryEvent failed =
        workflows.history(arn).stream()
            .filter(e -> e.type().equals("TaskFailed"))
            .findFirst()
            .orElseThrow();
    assertThat(failed.details().path("resource").asText()).isEqualTo("startJobRun.sync");
    assertThat(failed.details().path("error").asText()).isEqualTo("States.TaskFailed");
  }

  @Test
  void failsTheExecutionWhenTheRunIsStoppedOrTimesOut() throws Exception {
    String stopped = start("", "", INPUT);
    workflows.jobs.end(workflows.jobs.nextStarted(), JobRunState.STOPPED, null);
    ExecutionRecord first = workflows.awaitEnd(stopped);
    String timedOut = workflows.start("timeout", SYNC.formatted("", ""), INPUT);
    workflows.jobs.end(workflows.jobs.nextStarted(), JobRunState.TIMEOUT, "Timed out");
    ExecutionRecord second = workflows.awaitEnd(timedOut);

    assertThat(first.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(first.error()).isEqualTo("States.TaskFailed");
    assertThat(Json.read(first.cause()).path("JobRunState").asText()).isEqualTo("STOPPED");
    assertThat(second.error()).isEqualTo("States.TaskFailed");
    assertThat(Json.read(second.cause()).path("JobRunState").asText()).isEqualTo("TIMEOUT");
  }

  @Test
  void failsAnUnknownJobWithGluesEntityNotFoundExceptionWithoutSubmitting() throws Exception {
    String arn = start("", "", "{\"job\": \"missing\"}");

    ExecutionRecord ended = workflows.awaitEnd(arn);

    assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(ended.error()).isEqualTo("Glue.EntityNotFoundException");
    assertThat(ended.cause())
        .startsWith(
            "Failed to start job run due to missing metadata (Service: AWSGlue; Status Code: 400;"
                + " Error Code: EntityNotFoundException;");
    assertThat(workflows.types(arn))
        .containsExactly(
            "ExecutionStarted",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskFailed",
            "ExecutionFailed");
  }

  @Test
  void stoppingTheExecutionStopsTheRun() throws Exception {
    String arn = start("", "", INPUT);
    String id = workflows.jobs.nextStarted();
    workflows.jobs.nextAwaited();

    workflows.stop(arn);

    assertThat(workflows.jobs.nextStopped()).isEqualTo(id);
    assertThat(workflows.jobs.getJobRun("test", id).value().state()).isEqualTo(JobRunState.STOPPED);
    assertThat(workflows.awaitEnd(arn).status()).isEqualTo(ExecutionStatus.ABORTED);
  }

  @Test
  void aTaskTimeoutStopsTheRun() throws Exception {
    String arn = start(", \"TimeoutSeconds\": 1", "", INPUT);
    String id = workflows.jobs.nextStarted();

    ExecutionRecord ended = workflows.awaitEnd(arn);

    assertThat(ended.error()).isEqualTo("States.Timeout");
    assertThat(workflows.jobs.nextStopped()).isEqualTo(id);
  }
}
