package dev.sluice.it.jobs.scenario;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.it.support.GlueClients;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.StepFunctionsClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.JobRun;
import software.amazon.awssdk.services.glue.model.JobRunState;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * The parts of {@code examples/glue-lambda} the scenario tests use as they are (the job's script,
 * the function, the state machines, the input), and how the tests make a job, the function and a
 * state machine of them and wait for what they start.
 */
final class GlueLambdaExample {
  static final Path EXAMPLE = Path.of("..", "examples", "glue-lambda");
  static final String BUCKET = "aws-glue-assets-000000000000-us-east-1";
  static final String JOB = "test";
  static final String FUNCTION = "task2";
  static final Duration EXECUTION_LIMIT = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<JobRunState> ENDED =
      List.of(
          JobRunState.SUCCEEDED,
          JobRunState.FAILED,
          JobRunState.ERROR,
          JobRunState.STOPPED,
          JobRunState.TIMEOUT,
          JobRunState.EXPIRED);

  private GlueLambdaExample() {}

  static String read(String name) {
    try {
      return Files.readString(EXAMPLE.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + text, e);
    }
  }

  /**
   * A Python shell job {@code name} as run.sh makes {@code test}, its script {@code script} in
   * {@code s3://BUCKET/scripts/<name>.py}; creates the bucket when missing.
   */
  static void createJob(GlueClient glue, S3Client s3, String name, String script) {
    if (!s3.listBuckets().buckets().stream().anyMatch(b -> b.name().equals(BUCKET))) {
      s3.createBucket(b -> b.bucket(BUCKET));
    }
    var key = "scripts/" + name + ".py";
    s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString(script));
    glue.createJob(
        b ->
            b.name(name)
                .role(GlueClients.ROLE)
                .command(
                    c ->
                        c.name("pythonshell")
                            .scriptLocation("s3://" + BUCKET + "/" + key)
                            .pythonVersion("3.9"))
                .maxCapacity(0.0625)
                .executionProperty(e -> e.maxConcurrentRuns(5))
                .timeout(10));
  }

  /** The Python function {@code task2} of {@code lambda_function.py}. */
  static void createFunction(LambdaClient lambda) {
    var zip = LambdaClients.zip(Map.of("lambda_function.py", read("lambda_function.py")));
    lambda.createFunction(
        b ->
            b.functionName(FUNCTION)
                .runtime(Runtime.PYTHON3_12)
                .handler("lambda_function.lambda_handler")
                .role(LambdaClients.ROLE)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(zip))));
  }

  /** A state machine {@code name} with {@code definition}; answers its ARN. */
  static String createMachine(SfnClient sfn, String name, String definition) {
    return sfn.createStateMachine(
            b -> b.name(name).definition(definition).roleArn(StepFunctionsClients.ROLE))
        .stateMachineArn();
  }

  /** Starts an execution of {@code machine} with {@code input}; answers its ARN. */
  static String start(SfnClient sfn, String machine, String input) {
    return sfn.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();
  }

  /** Waits until the execution is no longer RUNNING. */
  static DescribeExecutionResponse awaitEnd(SfnClient sfn, String execution, Duration limit) {
    return await("the end of " + execution)
        .atMost(limit)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> sfn.describeExecution(b -> b.executionArn(execution)),
            d -> d.status() != ExecutionStatus.RUNNING);
  }

  static List<HistoryEvent> history(SfnClient sfn, String execution) {
    return sfn.getExecutionHistoryPaginator(b -> b.executionArn(execution)).events().stream()
        .toList();
  }

  /** Waits until the run has ended. */
  static JobRun awaitRunEnd(GlueClient glue, String job, String runId, Duration limit) {
    return await("the end of job run " + runId)
        .atMost(limit)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> glue.getJobRun(b -> b.jobName(job).runId(runId)).jobRun(),
            run -> ENDED.contains(run.jobRunState()));
  }
}
