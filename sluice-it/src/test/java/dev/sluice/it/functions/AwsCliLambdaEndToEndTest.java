package dev.sluice.it.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs src/test/e2e/lambda_cli.sh: the real AWS CLI creates, invokes and tails a function. */
@ExtendWith(SluiceExtension.class)
class AwsCliLambdaEndToEndTest {

  @Test
  void theAwsCliCreatesInvokesAndTailsAFunction(URI endpoint) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/aws")), "/usr/bin/aws is not installed");
    var script = Path.of("src", "test", "e2e", "lambda_cli.sh");
    var builder = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
    builder.environment().put("SLUICE_ENDPOINT", endpoint.toString().replaceAll("/$", ""));
    builder.environment().remove("AWS_PROFILE");
    var process = builder.start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("all checks passed");
  }
}
