package dev.sluice.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A job's process started here directly, without Sluice (no shell in between): the time from just
 * before the launch to the job's {@code main entered at} line, and to the process's exit. Its
 * output and error go to {@code output.log} in its directory; it runs without {@code SPARK_HOME}
 * and {@code SPARK_CONF_DIR}, as Sluice runs its Spark.
 */
final class BareProcess {
  private BareProcess() {}

  static JobTiming run(
      List<String> command, Path dir, Map<String, String> environment, Duration limit)
      throws IOException, InterruptedException {
    var log = Files.createDirectories(dir).resolve("output.log");
    var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().remove("SPARK_HOME");
    builder.environment().remove("SPARK_CONF_DIR");
    builder.environment().putAll(environment);
    long launchedAt = System.currentTimeMillis();
    long started = System.nanoTime();
    var process = builder.start();
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new IOException(command.get(0) + " did not end within " + limit + "; see " + log);
    }
    double total = (System.nanoTime() - started) / 1e6;
    var lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
    if (process.exitValue() != 0) {
      throw new IOException(
          command.get(0) + " exited with " + process.exitValue() + ":\n" + tail(lines));
    }
    var entered =
        MainEntered.in(lines)
            .orElseThrow(() -> new IOException("No 'main entered at' line:\n" + tail(lines)));
    return JobTiming.bare(entered - launchedAt, total);
  }

  private static String tail(List<String> lines) {
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
