package dev.sluice.runtime;

import static dev.sluice.runtime.NodeHandlerErrorsTest.failure;
import static dev.sluice.runtime.NodeHandlersTest.seconds;
import static dev.sluice.runtime.RuntimeFixture.spec;
import static dev.sluice.runtime.RuntimeFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.functions.InvocationOutcome;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonHandlersTest extends RuntimeTestCase {

  static final String APP =
      """
      import logging
      import os
      logger = logging.getLogger()
      logger.setLevel(logging.INFO)

      def main(event, context):
          print("printed", event["n"])
          logger.info("logged %s", context.aws_request_id)
          if event.get("fail"):
              raise ValueError("bad value " + str(event["n"]))
          import boto3
          return {
              "n": event["n"] * 2,
              "function_name": context.function_name,
              "function_version": context.function_version,
              "arn": context.invoked_function_arn,
              "memory": context.memory_limit_in_mb,
              "request_id": context.aws_request_id,
              "log_group": context.log_group_name,
              "log_stream": context.log_stream_name,
              "remaining": context.get_remaining_time_in_millis(),
              "endpoint": os.environ["AWS_ENDPOINT_URL"],
              "boto3": boto3.__name__,
          }
      """;

  @Test
  void runsAModuleFunctionWithLambdasContextAndBoto3Importable() throws Exception {
    var spec = spec("python3.12", "app.main", FunctionZips.zip(Map.of("app.py", APP)), seconds(8));
    var outcome = fixture.invoke(spec, "{\"n\":21}", true);
    assertThat(outcome).isInstanceOf(InvocationOutcome.Returned.class);
    var result = JSON.readTree(text(outcome));
    assertThat(result.get("n").asInt()).isEqualTo(42);
    assertThat(result.get("function_name").asText()).isEqualTo(spec.functionName());
    assertThat(result.get("function_version").asText()).isEqualTo("$LATEST");
    assertThat(result.get("arn").asText()).isEqualTo(spec.functionArn());
    assertThat(result.get("memory").asText()).isEqualTo("256");
    assertThat(result.get("request_id").asText()).hasSize(36);
    assertThat(result.get("log_group").asText()).isEqualTo(spec.logGroup());
    assertThat(result.get("log_stream").asText()).contains("[$LATEST]");
    assertThat(result.get("remaining").asLong()).isBetween(6_000L, 8_000L);
    assertThat(result.get("endpoint").asText()).isEqualTo("http://127.0.0.1:4566");
    assertThat(result.get("boto3").asText()).isEqualTo("boto3");
    assertThat(outcome.logTail()).contains("printed 21\n");
    assertThat(outcome.logTail())
        .containsPattern(
            "\\[INFO]\t\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z\t[0-9a-f-]{36}\tlogged [0-9a-f-]{36}\n");
  }

  @Test
  void reportsARaisedExceptionAsLambdasPythonRuntimeDoes() throws Exception {
    var spec = spec("python3.11", "app.main", FunctionZips.zip(Map.of("app.py", APP)), seconds(8));
    var outcome = fixture.invoke(spec, "{\"n\":1,\"fail\":true}", true);
    var error = failure(outcome, "ValueError");
    assertThat(error.get("errorMessage").asText()).isEqualTo("bad value 1");
    assertThat(error.get("requestId").asText()).hasSize(36);
    assertThat(error.get("stackTrace").get(0).asText())
        .contains("File \"/var/task/app.py\", line 10, in main")
        .contains("raise ValueError");
    assertThat(outcome.logTail()).contains("[ERROR] ValueError: bad value 1");
  }

  @Test
  void returnsBytesAsTheResponsePayloadAsTheyAre() throws Exception {
    var code = "def main(event, context):\n    return b'\"HelloWorld!\"'\n";
    var spec = spec("python3.12", "app.main", FunctionZips.zip(Map.of("app.py", code)), seconds(8));
    var outcome = fixture.invoke(spec, "{}", false);
    assertThat(outcome).isInstanceOf(InvocationOutcome.Returned.class);
    assertThat(text(outcome)).isEqualTo("\"HelloWorld!\"");
  }

  @Test
  void reportsAMissingHandlerFunction() throws Exception {
    var spec =
        spec("python3.12", "app.absent", FunctionZips.zip(Map.of("app.py", APP)), seconds(8));
    var error = failure(fixture.invoke(spec, "{}"), "Runtime.HandlerNotFound");
    assertThat(error.get("errorMessage").asText())
        .isEqualTo("Handler 'absent' missing on module 'app'");
  }

  @Test
  void reportsAModuleThatCannotBeImported() throws Exception {
    var spec =
        spec("python3.12", "missing.main", FunctionZips.zip(Map.of("app.py", APP)), seconds(8));
    var error = failure(fixture.invoke(spec, "{}"), "Runtime.ImportModuleError");
    assertThat(error.get("errorMessage").asText())
        .isEqualTo("Unable to import module 'missing': No module named 'missing'");
    assertThat(error.get("stackTrace")).isEmpty();
  }

  @Test
  void importsHandlersFromPackagesInSubdirectories() {
    var code =
        FunctionZips.zip(
            Map.of(
                "pkg/__init__.py", "",
                "pkg/handlers.py", "def run(event, context):\n    return [event, None]\n"));
    var spec = spec("python3.12", "pkg/handlers.run", code, seconds(8));
    assertThat(text(fixture.invoke(spec, "\"x\""))).isEqualTo("[\"x\", null]");
  }
}
