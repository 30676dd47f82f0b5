package dev.sluice.it.pipelines.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.it.support.WordCounts;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code examples/wordcount/run.sh}, the runnable example of scenario 1, run as it is with the AWS
 * CLI against this test's Sluice (mail in Sluice's own mailbox), so the example stays true.
 */
@ExtendWith(SluiceExtension.class)
class WordCountExampleScriptTest {

  @Test
  void theExampleScriptRunsScenarioOneToTheEndAndExitsWithZero(URI endpoint) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/aws")), "/usr/bin/aws is not installed");
    var builder =
        new ProcessBuilder("bash", WordCounts.EXAMPLE.resolve("run.sh").toString())
            .redirectErrorStream(true);
    builder.environment().put("SLUICE_ENDPOINT", endpoint.toString().replaceAll("/$", ""));
    builder.environment().remove("AWS_PROFILE");
    var process = builder.start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output.split("equal to an independent count", -1)).as(output).hasSize(3);
    assertThat(output).contains("myLambdaSample pipelines now: 1");
    assertThat(output).contains("analyst@example.com Word count FINISHED");
  }
}
