package dev.sluice.it.jobs.scenario;

import static dev.sluice.it.jobs.scenario.GlueLambdaExample.EXECUTION_LIMIT;
import static dev.sluice.it.jobs.scenario.GlueLambdaExample.FUNCTION;
import static dev.sluice.it.jobs.scenario.GlueLambdaExample.JOB;
import static dev.sluice.it.jobs.scenario.GlueLambdaExample.json;
import static dev.sluice.it.jobs.scenario.GlueLambdaExample.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.it.support.GlueClients;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.LogsClients;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.StepFunctionsClients;
import dev.sluice.junit.SluiceExtension;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.JobRunState;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * Scenario 2 with the AWS SDK for Java v2, as SCENARIOS.md tells it, from the files of {@code
 * examples/glue-lambda} as they are: the Python shell job {@code test} of {@code glue_job.py}, the
 * Python function {@code task2} of {@code lambda_function.py}, and the state machines of {@code
 * state-machine.json} (the job run started, then the function) and {@code state-machine-sync.json}
 * (the job run waited for), started with {@code input.json}.
 */
class GlueLambdaScenarioTest {
  private static final Map<String, String> ARGUMENTS =
      Map.of("--parameter1", "value1", "--parameter2", "value2");
  private static final String EXITS_THREE = "exits-three";
  private static final String WITHOUT_PARAMETER2 =
      """
      {"task1": {"--parameter1": "value1"}, "task2": {"name": "task2"}}
      """;

  @RegisterExtension static final SluiceExtension SLUICE = new SluiceExtension();

  private static GlueClient glue;
  private static SfnClient sfn;
  private static CloudWatchLogsClient logs;
  private static String asyncMachine;
  private static String syncMachine;
  private static String exitsThreeMachine;

  @BeforeAll
  static void createTheJobTheFunctionAndTheMachines() {
    var endpoint = SLUICE.endpoint();
    glue = GlueClients.glue(endpoint);
    sfn = StepFunctionsClients.sfn(endpoint);
    logs = LogsClients.logs(endpoint);
    var s3 = S3Clients.s3(endpoint);
    GlueLambdaExample.createJob(glue, s3, JOB, read("glue_job.py"));
    GlueLambdaExample.createJob(glue, s3, EXITS_THREE, "import sys\nsys.exit(3)\n");
    GlueLambdaExample.createFunction(LambdaClients.lambda(endpoint));
    asyncMachine = GlueLambdaExample.createMachine(sfn, "glue-lambda", read("state-machine.json"));
    var sync = read("state-machine-sync.json");
    syncMachine = GlueLambdaExample.createMachine(sfn, "glue-lambda-sync", sync);
    var exitsThree = sync.replace("\"JobName\": \"test\"", "\"JobName\": \"" + EXITS_THREE + "\"");
    assertThat(exitsThree).isNotEqualTo(sync);
    exitsThreeMachine = GlueLambdaExample.createMachine(sfn, "exits-three-sync", exitsThree);
  }

  @Test
  void theExecutionStartsTheJobRunWithItsArgumentsThenAnswersWhatTheFunctionReturned() {
    long eventsPrinted = eventsPrintedByTheFunction();
    var execution = GlueLambdaExample.start(sfn, asyncMachine, read("input.json"));
    var ended = GlueLambdaExample.awaitEnd(sfn, execution, EXECUTION_LIMIT);
    assertThat(ended.status())
        .as("%s: %s", ended.error(), ended.cause())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(json(ended.output())).isEqualTo(json("{\"name\":\"task2\"}"));

    var history = GlueLambdaExample.history(sfn, execution);
    var scheduled = ofType(history, HistoryEventType.TASK_SCHEDULED);
    assertThat(scheduled).hasSize(2);
    var task1 = scheduled.get(0).taskScheduledEventDetails();
    assertThat(task1.resourceType()).isEqualTo("glue");
    assertThat(task1.resource()).isEqualTo("startJobRun");
    assertThat(json(task1.parameters()))
        .isEqualTo(
            json(
                """
                {"JobName": "test",
                 "Arguments": {"--parameter1": "value1", "--parameter2": "value2"}}
                """));
    assertThat(scheduled.get(1).taskScheduledEventDetails().resourceType()).isEqualTo("lambda");

    var started = ofType(history, HistoryEventType.TASK_SUCCEEDED).get(0);
    assertThat(started.taskSucceededEventDetails().resourceType()).isEqualTo("glue");
    var runId = json(started.taskSucceededEventDetails().output()).path("JobRunId").asText();
    assertThat(runId).startsWith("jr_");

    var run = GlueLambdaExample.awaitRunEnd(glue, JOB, runId, EXECUTION_LIMIT);
    assertThat(run.jobRunState()).as(run.errorMessage()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(run.jobName()).isEqualTo(JOB);
    assertThat(run.arguments()).isEqualTo(ARGUMENTS);

    var jobLines =
        await("the job's printed lines")
            .atMost(Duration.ofSeconds(10))
            .ignoreExceptions()
            .until(() -> jobOutput(runId), lines -> lines.contains("parameter2 = value2"));
    assertThat(jobLines)
        .contains("------ Arguments ------", "JOB_NAME = test", "parameter1 = value1")
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("{")
                    .endsWith("}")
                    .contains("'JOB_RUN_ID': '" + runId + "'")
                    .contains("'JOB_NAME': 'test'")
                    .contains("'parameter1': 'value1'")
                    .contains("'parameter2': 'value2'"));

    await("task2's printed event")
        .atMost(Duration.ofSeconds(10))
        .until(() -> eventsPrintedByTheFunction() > eventsPrinted);
  }

  @Test
  void theSyncExecutionWaitsForTheJobRunAndPassesItOnAsTheTasksOutput() {
    var execution = GlueLambdaExample.start(sfn, syncMachine, read("input.json"));
    var ended = GlueLambdaExample.awaitEnd(sfn, execution, EXECUTION_LIMIT);
    assertThat(ended.status())
        .as("%s: %s", ended.error(), ended.cause())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(json(ended.output())).isEqualTo(json("{\"name\":\"task2\"}"));

    var history = GlueLambdaExample.history(sfn, execution);
    var task1 = ofType(history, HistoryEventType.TASK_SCHEDULED).get(0);
    assertThat(task1.taskScheduledEventDetails().resource()).isEqualTo("startJobRun.sync");
    var succeeded = ofType(history, HistoryEventType.TASK_SUCCEEDED).get(0);
    assertThat(succeeded.taskSucceededEventDetails().resource()).isEqualTo("startJobRun.sync");
    var run = json(succeeded.taskSucceededEventDetails().output());
    assertThat(run.path("Id").asText()).startsWith("jr_");
    assertThat(run.path("JobName").asText()).isEqualTo(JOB);
    assertThat(run.path("JobRunState").asText()).isEqualTo("SUCCEEDED");
    assertThat(run.path("Arguments")).isEqualTo(json(read("input.json")).path("task1"));
    var stored = glue.getJobRun(b -> b.jobName(JOB).runId(run.path("Id").asText())).jobRun();
    assertThat(stored.jobRunState()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(stored.arguments()).isEqualTo(ARGUMENTS);
  }

  @Test
  void aSyncExecutionFailsWithTheJobRunWhenTheScriptMissesARequiredArgument() {
    var execution = GlueLambdaExample.start(sfn, syncMachine, WITHOUT_PARAMETER2);
    var run = failedRun(GlueLambdaExample.awaitEnd(sfn, execution, EXECUTION_LIMIT), JOB);
    assertThat(run.path("Arguments")).isEqualTo(json("{\"--parameter1\": \"value1\"}"));
    assertThat(run.path("ErrorMessage").asText())
        .contains("the following arguments are required: --parameter2");
    assertThat(entered(GlueLambdaExample.history(sfn, execution))).containsExactly("Task1");
  }

  @Test
  void aSyncExecutionFailsWithTheJobRunWhenTheScriptExitsWithNonZero() {
    var execution = GlueLambdaExample.start(sfn, exitsThreeMachine, read("input.json"));
    var run = failedRun(GlueLambdaExample.awaitEnd(sfn, execution, EXECUTION_LIMIT), EXITS_THREE);
    assertThat(run.path("ErrorMessage").asText()).contains("Command failed with exit code 3");
    assertThat(entered(GlueLambdaExample.history(sfn, execution))).containsExactly("Task1");
  }

  /** Checks the execution failed with its job run FAILED as the cause; answers the run. */
  private static JsonNode failedRun(DescribeExecutionResponse ended, String job) {
    assertThat(ended.status()).as(ended.output()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(ended.error()).isEqualTo("States.TaskFailed");
    var run = json(ended.cause());
    assertThat(run.path("JobName").asText()).isEqualTo(job);
    assertThat(run.path("JobRunState").asText()).isEqualTo("FAILED");
    var stored = glue.getJobRun(b -> b.jobName(job).runId(run.path("Id").asText())).jobRun();
    assertThat(stored.jobRunState()).isEqualTo(JobRunState.FAILED);
    assertThat(stored.errorMessage()).isEqualTo(run.path("ErrorMessage").asText());
    return run;
  }

  private static List<HistoryEvent> ofType(List<HistoryEvent> history, HistoryEventType type) {
    return history.stream().filter(e -> e.type() == type).toList();
  }

  private static List<String> entered(List<HistoryEvent> history) {
    return ofType(history, HistoryEventType.TASK_STATE_ENTERED).stream()
        .map(e -> e.stateEnteredEventDetails().name())
        .toList();
  }

  /** The lines of the run's stream in {@code /aws-glue/jobs/output}. */
  private static List<String> jobOutput(String runId) {
    return lines(
        logs
            .getLogEvents(
                b ->
                    b.logGroupName("/aws-glue/jobs/output")
                        .logStreamName(runId)
                        .startFromHead(true))
            .events()
            .stream()
            .map(OutputLogEvent::message)
            .toList());
  }

  /** How many times {@code task2} printed the event {@code {"name": "task2"}} (JSON dumps). */
  private static long eventsPrintedByTheFunction() {
    try {
      return functionOutput().stream().filter(line -> line.equals("{\"name\": \"task2\"}")).count();
    } catch (ResourceNotFoundException noLogGroupYet) {
      return 0;
    }
  }

  /** Every line in {@code /aws/lambda/task2}. */
  private static List<String> functionOutput() {
    return lines(
        logs
            .filterLogEventsPaginator(b -> b.logGroupName("/aws/lambda/" + FUNCTION))
            .events()
            .stream()
            .map(FilteredLogEvent::message)
            .toList());
  }

  private static List<String> lines(List<String> messages) {
    return messages.stream().flatMap(m -> Arrays.stream(m.split("\n"))).map(String::strip).toList();
  }
}
