package dev.sluice.runtime;

import static dev.sluice.runtime.NodeHandlerErrorsTest.failure;
import static dev.sluice.runtime.NodeHandlersTest.seconds;
import static dev.sluice.runtime.RuntimeFixture.spec;
import static dev.sluice.runtime.RuntimeFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvidedBootstrapTest extends RuntimeTestCase {

  static final String BOOTSTRAP =
      """
      #!/bin/sh
      set -eu
      API="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime"
      echo "bootstrap starting for $_HANDLER"
      while true; do
        HEADERS="$(mktemp)"
        EVENT="$(curl -sS -D "$HEADERS" "$API/invocation/next")"
        ID="$(grep -i '^Lambda-Runtime-Aws-Request-Id:' "$HEADERS" | cut -d' ' -f2 | tr -d '\\r\\n')"
        rm -f "$HEADERS"
        echo "handling $ID"
        curl -sS -o /dev/null -X POST "$API/invocation/$ID/response" \\
          -d "{\\"echo\\":$EVENT,\\"handler\\":\\"$_HANDLER\\"}"
      done
      """;

  @Test
  void runsTheBundlesExecutableBootstrap(@TempDir Path scratch) {
    var code = FunctionZips.zipWithExecutable(Map.of("bootstrap", BOOTSTRAP), "bootstrap", scratch);
    var spec = spec("provided.al2023", "function.handler", code, seconds(8));
    var outcome = fixture.invoke(spec, "{\"a\":1}", true);
    assertThat(text(outcome)).isEqualTo("{\"echo\":{\"a\":1},\"handler\":\"function.handler\"}");
    assertThat(outcome.logTail()).contains("handling ");
    assertThat(text(fixture.invoke(spec, "[2]"))).startsWith("{\"echo\":[2],");
    assertThat(fixture.logs.messages(spec.logGroup()))
        .contains("bootstrap starting for function.handler");
  }

  @Test
  void reportsAMissingBootstrap() throws Exception {
    var code = FunctionZips.zip(Map.of("main.sh", "echo hi"));
    var spec = spec("provided", "x", code, seconds(8));
    var error = failure(fixture.invoke(spec, "{}"), "Runtime.InvalidEntrypoint");
    assertThat(error.get("errorMessage").asText())
        .startsWith("Couldn't find valid bootstrap(s): [");
  }

  @Test
  void reportsABootstrapThatIsNotExecutable() throws Exception {
    var code = FunctionZips.zip(Map.of("bootstrap", BOOTSTRAP));
    var spec = spec("provided.al2", "x", code, seconds(8));
    var error = failure(fixture.invoke(spec, "{}"), "Runtime.InvalidEntrypoint");
    assertThat(error.get("errorMessage").asText()).contains("fork/exec").contains("bootstrap");
  }
}
