package dev.sluice.runtime;

import static dev.sluice.runtime.NodeHandlersTest.seconds;
import static dev.sluice.runtime.RuntimeFixture.spec;
import static dev.sluice.runtime.RuntimeFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.functions.InvocationOutcome;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeHandlerErrorsTest extends RuntimeTestCase {

  @Test
  void reportsAThrownErrorAsLambdasNodeRuntimeDoes() throws Exception {
    var code =
        FunctionZips.zip(
            Map.of(
                "index.js",
                "class Boom extends Error { constructor(m) { super(m); this.name = 'Boom'; } }\n"
                    + "exports.handler = async () => { throw new Boom('it broke'); };"));
    var outcome = fixture.invoke(spec("nodejs20.x", "index.handler", code, seconds(10)), "{}");
    var error = failure(outcome, "Boom");
    assertThat(error.get("errorMessage").asText()).isEqualTo("it broke");
    assertThat(error.get("trace").get(0).asText()).isEqualTo("Boom: it broke");
    assertThat(error.get("trace").get(1).asText()).contains("index.js");
  }

  @Test
  void reportsAMissingHandlerAsHandlerNotFound() throws Exception {
    var code = FunctionZips.zip(Map.of("index.js", "exports.other = async () => 1;"));
    var outcome = fixture.invoke(spec("nodejs20.x", "index.handler", code, seconds(10)), "{}");
    var error = failure(outcome, "Runtime.HandlerNotFound");
    assertThat(error.get("errorMessage").asText())
        .isEqualTo("index.handler is undefined or not exported");
  }

  @Test
  void reportsAMissingModuleAsImportModuleError() throws Exception {
    var code = FunctionZips.zip(Map.of("other.js", "exports.handler = async () => 1;"));
    var outcome = fixture.invoke(spec("nodejs20.x", "index.handler", code, seconds(10)), "{}");
    var error = failure(outcome, "Runtime.ImportModuleError");
    assertThat(error.get("errorMessage").asText()).startsWith("Error: Cannot find module 'index'");
  }

  @Test
  void reportsAMissingDependencyAsImportModuleError() throws Exception {
    var code =
        FunctionZips.zip(
            Map.of("index.js", "const x = require('no-such-package');\nexports.handler = x;"));
    var outcome = fixture.invoke(spec("nodejs20.x", "index.handler", code, seconds(10)), "{}");
    var error = failure(outcome, "Runtime.ImportModuleError");
    assertThat(error.get("errorMessage").asText())
        .startsWith("Error: Cannot find module 'no-such-package'");
  }

  @Test
  void reportsASyntaxErrorAsUserCodeSyntaxError() throws Exception {
    var code = FunctionZips.zip(Map.of("index.js", "exports.handler = async () => {{;"));
    var outcome = fixture.invoke(spec("nodejs20.x", "index.handler", code, seconds(10)), "{}");
    var error = failure(outcome, "Runtime.UserCodeSyntaxError");
    assertThat(error.get("errorMessage").asText()).startsWith("SyntaxError: ");
  }

  @Test
  void reportsAnExceptionThrownOutsideTheHandlersPromiseAndStartsAFreshInstance() throws Exception {
    var code =
        FunctionZips.zip(
            Map.of(
                "index.js",
                """
                exports.handler = async (event) => {
                  if (event.late) {
                    return new Promise(() => setTimeout(() => { throw new TypeError('late boom'); }, 10));
                  }
                  return process.pid;
                };
                """));
    var spec = spec("nodejs20.x", "index.handler", code, seconds(10));
    var first = text(fixture.invoke(spec, "{}"));
    var error = failure(fixture.invoke(spec, "{\"late\":true}"), "TypeError");
    assertThat(error.get("errorMessage").asText()).isEqualTo("late boom");
    assertThat(text(fixture.invoke(spec, "{}"))).isNotEqualTo(first);
  }

  @Test
  void answersNullForAPlainFunctionThatNeitherReturnsAPromiseNorCallsBack() {
    var code = FunctionZips.zip(Map.of("index.js", "exports.handler = (event) => 'ignored';"));
    var outcome = fixture.invoke(spec("nodejs20.x", "index.handler", code, seconds(10)), "{}");
    assertThat(text(outcome)).isEqualTo("null");
  }

  @Test
  void refusesARuntimeItCannotRun() throws Exception {
    var code = FunctionZips.zip(Map.of("index.rb", "def handler; end"));
    var outcome = fixture.invoke(spec("ruby3.3", "index.handler", code, seconds(10)), "{}");
    failure(outcome, "Runtime.InvalidRuntime");
  }

  static JsonNode failure(InvocationOutcome outcome, String errorType) throws Exception {
    assertThat(outcome).isInstanceOf(InvocationOutcome.Failed.class);
    assertThat(((InvocationOutcome.Failed) outcome).errorType()).isEqualTo(errorType);
    var error = JSON.readTree(text(outcome));
    assertThat(error.get("errorType").asText()).isEqualTo(errorType);
    return error;
  }
}
