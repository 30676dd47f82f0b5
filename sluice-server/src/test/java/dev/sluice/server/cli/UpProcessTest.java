package dev.sluice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sluice up} as a process: one ready line, serving, a clean stop on SIGTERM. */
class UpProcessTest {
  private static final Pattern READY =
      Pattern.compile(
          ".* Sluice ready on (http://127\\.0\\.0\\.1:\\d+) \\(data: (.+), started in \\d+ ms\\)");

  @TempDir Path dataDir;

  @Test
  void logsOneReadyLineServesAndStopsCleanlyOnSigterm() throws Exception {
    var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                SluiceCommand.class.getName(),
                "up",
                "--port",
                "0",
                "--data-dir",
                dataDir.toString())
            .redirectErrorStream(true)
            .start();
    try (var out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      var first = out.readLine();
      var ready = READY.matcher(String.valueOf(first));
      assertThat(ready.matches()).as("first line: %s", first).isTrue();
      assertThat(ready.group(2)).isEqualTo(dataDir.toAbsolutePath().toString());

      try (var client = HttpClient.newHttpClient()) {
        var health = URI.create(ready.group(1) + "/_sluice/health");
        var response =
            client.send(
                HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
      }

      process.toHandle().destroy(); // SIGTERM, leaving the output readable
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      var rest = new ArrayList<String>();
      out.lines().forEach(rest::add);
      assertThat(rest).anySatisfy(line -> assertThat(line).endsWith("Sluice stopped"));
      assertThat(rest).noneSatisfy(line -> assertThat(line).containsAnyOf("ERROR", "WARN"));
    } finally {
      process.destroyForcibly();
    }
  }
}
