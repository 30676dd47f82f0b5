package dev.sluice.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from process start to the first served request, and resident memory once idle, for Sluice
 * and, as the baseline in the same run, the JDK's own minimal web server ({@code jwebserver}).
 */
final class StartupBench {
  private static final Duration PROBE_PAUSE = Duration.ofMillis(2);
  private static final Duration IDLE_BEFORE_RSS = Duration.ofSeconds(3);
  private static final Duration GIVE_UP = Duration.ofSeconds(60);

  /** One launch: milliseconds from process start to the first 200, and RSS 3 s after it. */
  record Result(double millisToFirstRequest, long idleRssKib) {}

  /**
   * The JVM flags {@code ./sluice up} starts the server with (its start-up cache), which the
   * launcher passes as the system property {@code sluice.server.jvmFlags}, one per line; none when
   * the benchmark runs without the launcher.
   */
  static List<String> serverJvmFlags() {
    return System.getProperty("sluice.server.jvmFlags", "")
        .lines()
        .map(String::strip)
        .filter(flag -> !flag.isEmpty())
        .toList();
  }

  static Result sluice(Path serverJar, Path dataDir) throws Exception {
    int port = freePort();
    var command = new ArrayList<String>();
    command.add(javaBin("java"));
    command.addAll(serverJvmFlags());
    command.addAll(
        List.of(
            "-jar",
            serverJar.toString(),
            "up",
            "--port",
            Integer.toString(port),
            "--data-dir",
            dataDir.toString()));
    return measure(command, URI.create("http://127.0.0.1:" + port + "/_sluice/health"));
  }

  static Result jwebserver(Path dir) throws Exception {
    int port = freePort();
    Files.createDirectories(dir);
    var command =
        List.of(
            javaBin("jwebserver"),
            "-b",
            "127.0.0.1",
            "-p",
            Integer.toString(port),
            "-d",
            dir.toAbsolutePath().toString());
    return measure(command, URI.create("http://127.0.0.1:" + port + "/"));
  }

  private static Result measure(List<String> command, URI probe) throws Exception {
    var http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    long start = System.nanoTime();
    var process =
        new ProcessBuilder(new ArrayList<>(command))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      awaitFirstOk(http, probe, process, command, start);
      double millis = (System.nanoTime() - start) / 1e6;
      Thread.sleep(IDLE_BEFORE_RSS.toMillis());
      return new Result(millis, rssKib(process.pid()));
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /**
   * Probes every {@link #PROBE_PAUSE} (not in a busy loop, which would take a core from the process
   * that is starting on a small machine) until the first 200.
   */
  private static void awaitFirstOk(
      HttpClient http, URI probe, Process process, List<String> command, long start)
      throws Exception {
    var request = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).build();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(command + " exited with " + process.exitValue());
      }
      if (System.nanoTime() - start > GIVE_UP.toNanos()) {
        throw new IllegalStateException(command + " served nothing within " + GIVE_UP);
      }
      try {
        var response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(PROBE_PAUSE);
    }
  }

  private static long rssKib(long pid) throws IOException {
    for (var line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  private static String javaBin(String tool) {
    return Path.of(System.getProperty("java.home"), "bin", tool).toString();
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
