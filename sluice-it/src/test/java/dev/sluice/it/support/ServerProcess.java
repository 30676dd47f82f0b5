package dev.sluice.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A Sluice server in a child JVM, started with the real CLI, that a test can kill -9. */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final URI endpoint;

  private ServerProcess(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  public static ServerProcess start(Path dataDir, Path log, String... extraArgs)
      throws IOException, InterruptedException {
    int port = freePort();
    var args =
        new ArrayList<>(
            List.of("up", "--port", Integer.toString(port), "--data-dir", dataDir.toString()));
    args.addAll(List.of(extraArgs));
    var process =
        new ProcessBuilder(SluiceCli.command(args))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    var server = new ServerProcess(process, URI.create("http://127.0.0.1:" + port));
    server.awaitHealthy(Duration.ofSeconds(30));
    return server;
  }

  public URI endpoint() {
    return endpoint;
  }

  /** The server's process, e.g. to find the processes it started. */
  public ProcessHandle handle() {
    return process.toHandle();
  }

  /** SIGKILL: no shutdown hook runs. */
  public void kill() {
    process.destroyForcibly();
    awaitExit();
  }

  @Override
  public void close() {
    process.destroy();
    awaitExit();
  }

  private void awaitExit() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitHealthy(Duration timeout) throws InterruptedException {
    var http = HttpClient.newHttpClient();
    var deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited with " + process.exitValue());
      }
      try {
        var response =
            http.send(
                HttpRequest.newBuilder(endpoint.resolve("/_sluice/health")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not accepting connections yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("server did not become healthy within " + timeout);
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
