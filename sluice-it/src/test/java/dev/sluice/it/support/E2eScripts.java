package dev.sluice.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the scripts in src/test/e2e against a running Sluice with the real AWS CLI or boto3; a
 * script passes when it exits 0 and prints "all checks passed".
 */
public final class E2eScripts {
  private static final Path SCRIPTS = Path.of("src", "test", "e2e");

  private E2eScripts() {}

  /** Runs {@code script} with bash, skipping the test when /usr/bin/aws is not installed. */
  public static void runAwsCli(URI endpoint, String script) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/aws")), "/usr/bin/aws is not installed");
    run(endpoint, List.of("bash", SCRIPTS.resolve(script).toString()));
  }

  /** Runs {@code script} with python3, skipping the test when it has no boto3. */
  public static void runBoto3(URI endpoint, String script) throws Exception {
    assumeTrue(hasBoto3(), "/usr/bin/python3 has no boto3");
    run(endpoint, List.of("/usr/bin/python3", SCRIPTS.resolve(script).toString()));
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
