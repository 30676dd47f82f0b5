package dev.sluice.runtime;

import static dev.sluice.runtime.NodeHandlerErrorsTest.failure;
import static dev.sluice.runtime.RuntimeFixture.spec;
import static dev.sluice.runtime.RuntimeFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.functions.InvocationOutcome;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How an instance's end shows: a timeout kills it, an exit is reported, the next one is fresh. */
class InstanceEndsTest extends RuntimeTestCase {

  static final String HANDLER =
      """
      exports.handler = async (event) => {
        if (event.sleep) { await new Promise(r => setTimeout(r, event.sleep)); }
        if (event.exit !== undefined) { process.exit(event.exit); }
        return process.pid;
      };
      """;

  @Test
  void killsAnInstanceThatTimesOutAndReportsTheTimeout() throws Exception {
    var spec =
        spec(
            "nodejs20.x", "index.handler", FunctionZips.zip(Map.of("index.js", HANDLER)), ms(1500));
    var pid = Long.parseLong(text(fixture.invoke(spec, "{}")));
    var started = System.nanoTime();
    var outcome = fixture.invoke(spec, "{\"sleep\":60000}", true);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(outcome).isInstanceOf(InvocationOutcome.Failed.class);
    assertThat(((InvocationOutcome.Failed) outcome).errorType()).isEqualTo("Sandbox.Timedout");
    var message = JSON.readTree(text(outcome)).get("errorMessage").asText();
    assertThat(message)
        .matches(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z [0-9a-f-]{36} Task timed out after"
                + " 1\\.50 seconds");
    assertThat(outcome.logTail()).contains("Task timed out after 1.50 seconds");
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    var next = Long.parseLong(text(fixture.invoke(spec, "{}")));
    assertThat(next).isNotEqualTo(pid);
  }

  @Test
  void reportsAProcessExitAsRuntimeExitError() throws Exception {
    var spec =
        spec(
            "nodejs20.x", "index.handler", FunctionZips.zip(Map.of("index.js", HANDLER)), ms(5000));
    var outcome = fixture.invoke(spec, "{\"exit\":1}");
    var error = failure(outcome, "Runtime.ExitError");
    assertThat(error.get("errorMessage").asText())
        .matches("RequestId: [0-9a-f-]{36} Error: Runtime exited with error: exit status 1");
    assertThat(text(fixture.invoke(spec, "{}"))).matches("\\d+");
  }

  @Test
  void reusesAWarmInstanceForTheNextInvocation() {
    var spec =
        spec(
            "nodejs20.x", "index.handler", FunctionZips.zip(Map.of("index.js", HANDLER)), ms(5000));
    var first = text(fixture.invoke(spec, "{}"));
    var second = text(fixture.invoke(spec, "{}"));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void startsANewInstanceAfterTheFunctionIsRetired() {
    var spec =
        spec(
            "nodejs20.x", "index.handler", FunctionZips.zip(Map.of("index.js", HANDLER)), ms(5000));
    var first = Long.parseLong(text(fixture.invoke(spec, "{}")));
    fixture.runtime.retire(spec.functionName());
    var second = Long.parseLong(text(fixture.invoke(spec, "{}")));
    assertThat(second).isNotEqualTo(first);
    assertThat(ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}
