package dev.sluice.it.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.junit.SluiceExtension;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs src/test/e2e/topics_cli.sh and topics_boto3.py: the real AWS CLI and boto3 drive SNS. */
@ExtendWith(SluiceExtension.class)
class AwsCliTopicsTest {
  private static final Path SCRIPTS = Path.of("src", "test", "e2e");

  @Test
  void theAwsCliCreatesSubscribesPublishesAndReadsATopic(URI endpoint) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/aws")), "/usr/bin/aws is not installed");
    run(endpoint, List.of("bash", SCRIPTS.resolve("topics_cli.sh").toString()));
  }

  @Test
  void boto3PublishesABatchFiltersAndListsTags(URI endpoint) throws Exception {
    assumeTrue(hasBoto3(), "/usr/bin/python3 has no boto3");
    run(endpoint, List.of("/usr/bin/python3", SCRIPTS.resolve("topics_boto3.py").toString()));
  }

  private static void run(URI endpoint, List<String> command) throws Exception {
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("SLUICE_ENDPOINT", endpoint.toString().replaceAll("/$", ""));
    builder.environment().remove("AWS_PROFILE");
    var process = builder.start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("all checks passed");
  }

  private static boolean hasBoto3() throws IOException, InterruptedException {
    if (!Files.isExecutable(Path.of("/usr/bin/python3"))) {
      return false;
    }
    var check = new ProcessBuilder("/usr/bin/python3", "-c", "import boto3").start();
    return check.waitFor() == 0;
  }
}
