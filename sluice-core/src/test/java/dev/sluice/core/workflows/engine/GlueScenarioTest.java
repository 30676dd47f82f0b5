package dev.sluice.core.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.NewJobRun;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.HistoryEvent;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scenario 2: a Glue job run started with the execution's arguments, then a Lambda function. */
class GlueScenarioTest {
  private static final String DEFINITION =
      """
      {"StartAt": "Task1", "States": {
        "Task1": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun",
          "Parameters": {"JobName": "test", "Arguments.$": "$$.Execution.Input.task1"},
          "ResultPath": "$.task1Result", "Next": "Task2"},
        "Task2": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "LambdaDP", "Payload.$": "$"}, "End": true}}}""";
  private static final String INPUT =
      """
      {"task1": {"--parameter1": "value1", "--parameter2": "value2"}}""";

  private final GlueWorkflows workflows = new GlueWorkflows(new StandInJobs("test"));

  @AfterEach
  void close() {
    workflows.close();
  }

  @Test
  void startsTheJobWithExactlyTheExecutionsArgumentsAndCarriesOnAtOnce() throws Exception {
    String arn = workflows.start("scenario2", DEFINITION, INPUT);

    ExecutionRecord ended = workflows.awaitEnd(arn);

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(workflows.jobs.starts)
        .containsExactly(
            NewJobRun.of("test", Map.of("--parameter1", "value1", "--parameter2", "value2")));
    String runId = workflows.jobs.nextStarted();
    assertThat(workflows.lambdaPayloads).hasSize(1);
    assertThat(workflows.lambdaPayloads.getFirst().path("task1Result").path("JobRunId").asText())
        .isEqualTo(runId);
  }

  @Test
  void recordsTheGlueTaskWithItsServiceAndParameters() throws Exception {
    String arn = workflows.start("scenario2", DEFINITION, INPUT);
    workflows.awaitEnd(arn);

    HistoryEvent scheduled =
        workflows.history(arn).stream()
            .filter(e -> e.type().equals("TaskScheduled"))
            .findFirst()
            .orElseThrow();
    assertThat(scheduled.details().path("resourceType").asText()).isEqualTo("glue");
    assertThat(scheduled.details().path("resource").asText()).isEqualTo("startJobRun");
    assertThat(Json.read(scheduled.details().path("parameters").asText()))
        .isEqualTo(
            Json.read(
                "{\"JobName\": \"test\", \"Arguments\":"
                    + " {\"--parameter1\": \"value1\", \"--parameter2\": \"value2\"}}"));
    assertThat(workflows.types(arn))
        .containsSubsequence(
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskSucceeded",
            "TaskStateExited",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskSucceeded",
            "TaskStateExited",
            "ExecutionSucceeded")
        .doesNotContain("TaskSubmitted");
  }
}
