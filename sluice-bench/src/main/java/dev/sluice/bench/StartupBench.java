package dev.sluice.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Time from process start to the first served request, and resident memory once idle, for Sluice
 * and, as the baseline in the same run, the JDK's own minimal web server ({@code jwebserver}).
 */
final class StartupBench {
  record Result(double millisToFirstRequest, long idleRssKib) {}

  static Result sluice(Path serverJar, Path dataDir) throws Exception {
    int port = freePort();
    var command =
        List.of(
            javaBin("java"),
            "-jar",
            serverJar.toString(),
            "up",
            "--port",
            Integer.toString(port),
            "--data-dir",
            dataDir.toString());
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
    var http = HttpClient.newHttpClient();
    long start = System.nanoTime();
    var process =
        new ProcessBuilder(new ArrayList<>(command))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException(command + " exited with " + process.exitValue());
        }
        try {
          var response =
              http.send(
                  HttpRequest.newBuilder(probe).build(), HttpResponse.BodyHandlers.discarding());
          if (response.statusCode() == 200) {
            break;
          }
        } catch (IOException notYet) {
          Thread.onSpinWait();
        }
      }
      double millis = (System.nanoTime() - start) / 1e6;
      Thread.sleep(3000);
      return new Result(millis, rssKib(process.pid()));
    } finally {
      process.destroy();
      process.waitFor();
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
