package dev.sluice.it.pipelines.steps;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on this machine, a master and one worker, each a child JVM
 * started from the Spark jars sluice-spark's build lists, bound to 127.0.0.1. The worker starts
 * executors from a Spark home whose {@code jars/} links those same jars.
 */
final class SparkStandalone implements AutoCloseable {
  private static final List<String> OPENED =
      List.of(
          "java.lang",
          "java.lang.invoke",
          "java.lang.reflect",
          "java.io",
          "java.net",
          "java.nio",
          "java.util",
          "java.util.concurrent",
          "java.util.concurrent.atomic",
          "jdk.internal.ref",
          "sun.nio.ch",
          "sun.nio.cs",
          "sun.util.calendar");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port = freePort();
  private final int uiPort = freePort();
  private final List<Process> processes = new ArrayList<>();
  private final Path dir;

  private SparkStandalone(Path dir) {
    this.dir = dir;
  }

  /** Starts the master and a worker (2 cores, 1g) in {@code dir}; waits until the worker joined. */
  static SparkStandalone start(Path dir) throws IOException {
    var cluster = new SparkStandalone(dir);
    try {
      var home = cluster.sparkHome();
      cluster.launch(
          "master",
          home,
          List.of(
              "org.apache.spark.deploy.master.Master",
              "--host",
              "127.0.0.1",
              "--port",
              Integer.toString(cluster.port),
              "--webui-port",
              Integer.toString(cluster.uiPort)));
      cluster.awaitUi();
      cluster.launch(
          "worker",
          home,
          List.of(
              "org.apache.spark.deploy.worker.Worker",
              "--host",
              "127.0.0.1",
              "--cores",
              "2",
              "--memory",
              "1g",
              "--webui-port",
              Integer.toString(freePort()),
              "--work-dir",
              Files.createDirectories(dir.resolve("work")).toString(),
              cluster.masterUrl()));
      await("a worker ALIVE on the master")
          .atMost(Duration.ofMinutes(1))
          .pollInterval(Duration.ofMillis(250))
          .until(() -> cluster.state().path("aliveworkers").asInt() == 1);
      return cluster;
    } catch (RuntimeException | IOException e) {
      cluster.close();
      throw e;
    }
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + port;
  }

  /** The master's JSON view ({@code /json/}): workers, active and completed applications. */
  JsonNode state() throws IOException, InterruptedException {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/")).build(),
                HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  /** What executor {@code executor} of application {@code appId} wrote to stderr on the worker. */
  String executorStderr(String appId, int executor) throws IOException {
    return Files.readString(
        dir.resolve("work").resolve(appId).resolve(Integer.toString(executor)).resolve("stderr"));
  }

  /** What the master and worker logged. */
  String logs() throws IOException {
    return Files.readString(dir.resolve("master.log"))
        + Files.readString(dir.resolve("worker.log"));
  }

  private void awaitUi() {
    await("the master's web UI")
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions()
        .until(() -> state().has("url"));
  }

  /** A Spark home whose {@code jars/} holds links to the jars of spark-classpath.txt. */
  private Path sparkHome() throws IOException {
    var jars = Files.createDirectories(dir.resolve("spark-home").resolve("jars"));
    for (var jar : classpath()) {
      Files.createSymbolicLink(jars.resolve(Path.of(jar).getFileName()), Path.of(jar));
    }
    return jars.getParent();
  }

  private void launch(String name, Path home, List<String> mainAndArgs) throws IOException {
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-Xmx512m"));
    OPENED.forEach(p -> command.add("--add-opens=java.base/" + p + "=ALL-UNNAMED"));
    command.addAll(
        List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
    command.addAll(List.of("-cp", String.join(":", classpath())));
    command.addAll(mainAndArgs);
    var builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(name + ".log").toFile());
    var env = builder.environment();
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_HOME", home.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.remove("SPARK_CONF_DIR");
    processes.add(builder.start());
  }

  private static List<String> classpath() throws IOException {
    return List.of(Files.readString(SparkAppJar.SPARK_CLASSPATH).strip().split(":"));
  }

  @Override
  public void close() {
    for (var process : processes.reversed()) {
      Stream.concat(process.descendants(), Stream.of(process.toHandle()))
          .forEach(ProcessHandle::destroyForcibly);
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
