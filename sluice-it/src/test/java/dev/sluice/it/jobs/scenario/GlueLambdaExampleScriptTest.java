package dev.sluice.it.jobs.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.junit.SluiceExtension;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code examples/glue-lambda/run.sh}, the runnable example of scenario 2, run as it is with the
 * AWS CLI of {@code /usr/bin} (first on the PATH) against this test's fresh Sluice, so the example
 * stays true.
 */
@ExtendWith(SluiceExtension.class)
class GlueLambdaExampleScriptTest {

  @Test
  void theExampleScriptRunsScenarioTwoToTheEndAndExitsWithZero(URI endpoint) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/aws")), "/usr/bin/aws is not installed");
    var builder =
        new ProcessBuilder("bash", GlueLambdaExample.EXAMPLE.resolve("run.sh").toString())
            .redirectErrorStream(true);
    var environment = builder.environment();
    environment.put("SLUICE_ENDPOINT", endpoint.toString().replaceAll("/$", ""));
    environment.put("PATH", "/usr/bin" + File.pathSeparator + environment.getOrDefault("PATH", ""));
    environment.remove("AWS_PROFILE");
    environment.remove("GLUE_COMMAND");
    var process = builder.start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("scenario 2 passed");
    assertThat(output).contains("output: {\"name\":\"task2\"}");
    assertThat(output).containsPattern("job run jr_\\w+ SUCCEEDED ");
    assertThat(output)
        .containsPattern(
            "job run jr_\\w+ FAILED: .*the following arguments are required: --parameter2");
  }
}
