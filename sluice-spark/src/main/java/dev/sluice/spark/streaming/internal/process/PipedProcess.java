package dev.sluice.spark.streaming.internal.process;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A mapper, combiner or reducer process: its stdin is fed by one thread ({@link #feed}) or by the
 * caller, its stdout is read by the caller, its stderr by a {@link StderrPump}.
 */
public final class PipedProcess implements AutoCloseable {

  /** Writes a process's whole input. */
  @FunctionalInterface
  public interface Feeder {
    void writeTo(OutputStream stdin) throws IOException;
  }

  /**
   * How the process ended: its exit code, the error writing its stdin (a broken pipe when it
   * stopped reading), its last stderr lines and its {@code reporter:counter} totals.
   */
  public record Exit(
      int code, IOException inputError, String stderrTail, Map<String, Long> counters) {}

  private final Process process;
  private final OutputStream stdin;
  private final StderrPump stderr;
  private final String label;
  private final List<AutoCloseable> companions = new java.util.ArrayList<>();
  private Thread feeder;
  private volatile IOException inputError;

  private PipedProcess(Process process, StderrPump stderr, String label) {
    this.process = process;
    this.stdin = new BufferedOutputStream(process.getOutputStream(), 1 << 17);
    this.stderr = stderr;
    this.label = label;
  }

  /**
   * Starts {@code command} in {@code cwd} with exactly the environment {@code env}; an IOException
   * means it could not start.
   */
  public static PipedProcess start(
      String command, Path cwd, Map<String, String> env, String reporterPrefix, String label)
      throws IOException {
    List<String> argv = ProgramResolver.argv(command, cwd);
    ProcessBuilder builder = new ProcessBuilder(argv).directory(cwd.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process = builder.start();
    return new PipedProcess(
        process, new StderrPump(process.getErrorStream(), reporterPrefix, label), label);
  }

  public InputStream stdout() {
    return process.getInputStream();
  }

  /** The process's stdin, for callers that write it themselves; {@link #finish} closes it. */
  public OutputStream stdin() {
    return stdin;
  }

  /** Writes the process's input on a new thread, then closes its stdin. */
  public void feed(Feeder input) {
    feeder =
        Thread.ofPlatform()
            .daemon()
            .name(label + "-stdin")
            .start(
                () -> {
                  try {
                    input.writeTo(stdin);
                    stdin.close();
                  } catch (IOException e) {
                    inputError = e;
                    closeQuietly();
                  }
                });
  }

  /** Records a failed write by a caller that feeds stdin itself. */
  public void inputFailed(IOException e) {
    inputError = e;
    closeQuietly();
  }

  /** Closes stdin (unless a feeder does), waits for the process and its stderr to end. */
  public Exit finish() throws InterruptedException {
    if (feeder == null) {
      try {
        stdin.close();
      } catch (IOException e) {
        if (inputError == null) {
          inputError = e;
        }
      }
    } else {
      feeder.join();
    }
    int code = process.waitFor();
    stderr.join();
    return new Exit(code, inputError, stderr.tail(), stderr.counters());
  }

  /** Kills the process and its children. */
  public void destroy() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  /** Closes {@code companion} (say, a watch over the process) when this process is closed. */
  public void closeWith(AutoCloseable companion) {
    companions.add(companion);
  }

  @Override
  public void close() {
    for (AutoCloseable companion : companions) {
      try {
        companion.close();
      } catch (Exception ignored) {
        // a companion's failure to close does not change how the process ended
      }
    }
    if (process.isAlive()) {
      destroy();
    }
  }

  private void closeQuietly() {
    try {
      stdin.close();
    } catch (IOException ignored) {
      // the process is gone; finish() reports how it ended
    }
  }
}
