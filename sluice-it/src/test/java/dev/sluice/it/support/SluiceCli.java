package dev.sluice.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real {@code sluice} command line, run in a child JVM on the test class path. */
public final class SluiceCli {
  /** How a finished command ended: its exit code and what it printed (stdout and stderr). */
  public record Outcome(int exitCode, String output) {}

  private SluiceCli() {}

  /** {@code java -cp <test class path> dev.sluice.server.cli.SluiceCommand args...}. */
  public static List<String> command(List<String> args) {
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.sluice.server.cli.SluiceCommand");
    command.addAll(args);
    return command;
  }

  /** Runs a command that is expected to finish within 60 seconds. */
  public static Outcome run(String... args) throws IOException, InterruptedException {
    var process = new ProcessBuilder(command(List.of(args))).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("sluice " + String.join(" ", args) + " did not finish");
    }
    return new Outcome(process.exitValue(), output);
  }
}
