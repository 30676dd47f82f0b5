package dev.sluice.store.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The child JVM of a crash test: runs a writer's {@code main} with the store URL and data
 * directory, and kills it (SIGKILL, no shutdown hooks) once it has printed enough acknowledgements.
 *
 * @param ack the pattern of one acknowledgement line on the writer's stdout
 */
record KilledWriter(Class<?> main, Pattern ack, int acksBeforeKill) {

  /** Runs the writer until it is killed; the acknowledgements it printed, in order. */
  List<MatchResult> runAndKill(String url, Path dataDir, Path logDir)
      throws IOException, InterruptedException {
    Path stdout = logDir.resolve("writer.out");
    Path stderr = logDir.resolve("writer.err");
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName(),
                url,
                dataDir.toString())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    while (acks(stdout).size() < acksBeforeKill) {
      assertThat(writer.isAlive())
          .as("writer alive; stderr: %s", Files.readString(stderr))
          .isTrue();
      Thread.sleep(20);
    }
    writer.destroyForcibly();
    writer.waitFor();
    // Everything the writer printed before it died was acknowledged.
    return acks(stdout);
  }

  private List<MatchResult> acks(Path stdout) throws IOException {
    return Files.readAllLines(stdout, StandardCharsets.UTF_8).stream()
        .map(ack::matcher)
        .filter(Matcher::matches)
        .map(Matcher::toMatchResult)
        .toList();
  }
}
