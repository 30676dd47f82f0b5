package dev.sluice.runtime;

import static dev.sluice.runtime.RuntimeFixture.spec;
import static dev.sluice.runtime.RuntimeFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.functions.InvocationOutcome;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeHandlersTest extends RuntimeTestCase {

  @Test
  void runsAnAsyncCommonJsHandler() {
    var code =
        FunctionZips.zip(
            Map.of(
                "index.js",
                "exports.handler = async (event) => ({ doubled: event.n * 2, kind: 'cjs' });"));
    var outcome =
        fixture.invoke(spec("nodejs20.x", "index.handler", code, seconds(10)), "{\"n\":21}");
    assertThat(outcome).isInstanceOf(InvocationOutcome.Returned.class);
    assertThat(text(outcome)).isEqualTo("{\"doubled\":42,\"kind\":\"cjs\"}");
  }

  @Test
  void runsAnEsModuleHandlerFromAnMjsFile() {
    var code =
        FunctionZips.zip(
            Map.of("app/main.mjs", "export const run = async (event) => ({ esm: event.x });"));
    var outcome =
        fixture.invoke(spec("nodejs22.x", "app/main.run", code, seconds(10)), "{\"x\":1}");
    assertThat(text(outcome)).isEqualTo("{\"esm\":1}");
  }

  @Test
  void runsAnEsModuleHandlerFromAJsFileOfAModulePackage() {
    var code =
        FunctionZips.zip(
            Map.of(
                "package.json", "{\"type\":\"module\"}",
                "index.js", "export async function handler() { return typeof require; }"));
    var outcome = fixture.invoke(spec("nodejs20.x", "index.handler", code, seconds(10)), "{}");
    assertThat(text(outcome)).isEqualTo("\"undefined\"");
  }

  @Test
  void runsACallbackHandlerAndWaitsForTheEventLoopToEmpty() {
    var code = FunctionZips.zip(Map.of("index.js", CALLBACK_HANDLER));
    var outcome = fixture.invoke(spec("nodejs18.x", "index.handler", code, seconds(10)), "{}");
    assertThat(text(outcome)).isEqualTo("{\"from\":\"callback\",\"late\":\"done\"}");
  }

  @Test
  void answersACallbackHandlerAtOnceWhenItDoesNotWaitForTheEventLoop() {
    var code = FunctionZips.zip(Map.of("index.js", CALLBACK_HANDLER));
    var spec = spec("nodejs18.x", "index.handler", code, seconds(10), Map.of("NO_WAIT", "1"));
    var outcome = fixture.invoke(spec, "{}");
    assertThat(text(outcome)).isEqualTo("{\"from\":\"callback\",\"late\":\"not yet\"}");
  }

  static final String CALLBACK_HANDLER =
      """
      exports.handler = (event, context, callback) => {
        context.callbackWaitsForEmptyEventLoop = !process.env.NO_WAIT;
        const result = { from: 'callback', late: 'not yet' };
        setTimeout(() => { result.late = 'done'; }, 100);
        callback(null, result);
      };
      """;

  @Test
  void givesTheHandlerLambdasContext() throws Exception {
    var code =
        FunctionZips.zip(
            Map.of(
                "index.js",
                """
                exports.handler = async (event, context) => ({
                  functionName: context.functionName,
                  functionVersion: context.functionVersion,
                  invokedFunctionArn: context.invokedFunctionArn,
                  memoryLimitInMB: context.memoryLimitInMB,
                  awsRequestId: context.awsRequestId,
                  logGroupName: context.logGroupName,
                  logStreamName: context.logStreamName,
                  remaining: context.getRemainingTimeInMillis(),
                  waits: context.callbackWaitsForEmptyEventLoop,
                  endpoint: process.env.AWS_ENDPOINT_URL,
                  key: process.env.AWS_ACCESS_KEY_ID,
                  region: process.env.AWS_REGION,
                  own: process.env.OWN,
                  reserved: process.env.AWS_LAMBDA_FUNCTION_NAME,
                });
                """));
    var spec =
        spec(
            "nodejs20.x",
            "index.handler",
            code,
            seconds(7),
            Map.of("OWN", "mine", "AWS_LAMBDA_FUNCTION_NAME", "overridden"));
    var outcome = fixture.invoke(spec, "{}");
    var context = JSON.readTree(text(outcome));
    assertThat(context.get("functionName").asText()).isEqualTo(spec.functionName());
    assertThat(context.get("functionVersion").asText()).isEqualTo("$LATEST");
    assertThat(context.get("invokedFunctionArn").asText()).isEqualTo(spec.functionArn());
    assertThat(context.get("memoryLimitInMB").asText()).isEqualTo("256");
    assertThat(context.get("awsRequestId").asText()).hasSize(36);
    assertThat(context.get("logGroupName").asText())
        .isEqualTo("/aws/lambda/" + spec.functionName());
    assertThat(context.get("logStreamName").asText())
        .matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
    assertThat(context.get("remaining").asLong()).isBetween(5_000L, 7_000L);
    assertThat(context.get("waits").asBoolean()).isTrue();
    assertThat(context.get("endpoint").asText()).isEqualTo("http://127.0.0.1:4566");
    assertThat(context.get("key").asText()).isEqualTo("AKIDTEST");
    assertThat(context.get("region").asText()).isEqualTo("eu-west-1");
    assertThat(context.get("own").asText()).isEqualTo("mine");
    assertThat(context.get("reserved").asText()).isEqualTo(spec.functionName());
  }

  static Duration seconds(int seconds) {
    return Duration.ofSeconds(seconds);
  }
}
