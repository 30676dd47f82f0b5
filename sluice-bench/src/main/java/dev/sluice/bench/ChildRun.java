package dev.sluice.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One child process of the pipelines section, run to its end with its output in a log file: wall
 * time, and the CPU time of it and everything it started (bash's {@code times} after the command).
 * It reads /dev/null, and its environment is this one's without {@code PYTHONUNBUFFERED}.
 *
 * @param exitCode the command's exit code
 * @param seconds from start to exit
 * @param cpuSeconds user + system CPU of the command and its children, NaN when unknown
 * @param log where its standard output and error went
 */
record ChildRun(int exitCode, double seconds, double cpuSeconds, Path log) {
  private static final String WRAPPER = "\"$@\"; rc=$?; times > \"$BENCH_TIMES\"; exit $rc";
  private static final Pattern TIME = Pattern.compile("(\\d+)m([0-9.]+)s");

  static ChildRun run(
      List<String> command, Path dir, Map<String, String> environment, Path log, Duration limit)
      throws IOException, InterruptedException {
    var wrapped = new ArrayList<>(List.of("bash", "-c", WRAPPER, "bash"));
    wrapped.addAll(command);
    var times = log.resolveSibling(log.getFileName() + ".times");
    var builder = new ProcessBuilder(wrapped).directory(dir.toFile()).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    // An unbuffered Python mapper writes once per output line (2-3x the CPU); a Hadoop task or a
    // sluice-spark task does not inherit this from the shell that submitted the job.
    builder.environment().remove("PYTHONUNBUFFERED");
    builder.environment().putAll(environment);
    builder.environment().put("BENCH_TIMES", times.toString());
    long started = System.nanoTime();
    var process = builder.start();
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new IOException(command.get(0) + " did not end within " + limit + "; see " + log);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new ChildRun(process.exitValue(), seconds, childCpu(times), log);
  }

  /** Fails with the log's last lines unless the command exited with 0. */
  ChildRun requireSuccess(String what) throws IOException {
    if (exitCode == 0) {
      return this;
    }
    var lines = Files.readAllLines(log);
    var tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    throw new IOException(what + " exited with " + exitCode + " (log " + log + "):\n" + tail);
  }

  /** The second line of {@code times}: the children's user and system time. */
  private static double childCpu(Path times) throws IOException {
    if (!Files.exists(times)) {
      return Double.NaN;
    }
    var lines = Files.readAllLines(times);
    if (lines.size() < 2) {
      return Double.NaN;
    }
    var matcher = TIME.matcher(lines.get(1));
    double total = 0;
    while (matcher.find()) {
      total += Integer.parseInt(matcher.group(1)) * 60 + Double.parseDouble(matcher.group(2));
    }
    return total;
  }
}
