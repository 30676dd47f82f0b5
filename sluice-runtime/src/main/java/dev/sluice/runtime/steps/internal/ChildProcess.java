package dev.sluice.runtime.steps.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A started process whose stdout and stderr are pumped line by line to consumers (and kept, the
 * last {@code tailBytes} of each), awaited until it exits, its deadline passes or the waiting
 * thread is interrupted; in the last two cases the whole process tree is killed.
 */
public final class ChildProcess {

  /** How waiting for a process ended. */
  public sealed interface Ending {
    record Exited(int exitCode) implements Ending {}

    record TimedOut(int exitCode) implements Ending {}

    record Interrupted(int exitCode) implements Ending {}

    int exitCode();
  }

  private static final long TICK_MILLIS = 200;
  private static final long PUMP_GRACE_MILLIS = 2000;

  private final Process process;
  private final ByteTail stdout;
  private final ByteTail stderr;
  private final Thread stdoutPump;
  private final Thread stderrPump;

  private ChildProcess(Process process, int tailBytes, Consumer<String> out, Consumer<String> err) {
    this.process = process;
    this.stdout = new ByteTail(tailBytes);
    this.stderr = new ByteTail(tailBytes);
    this.stdoutPump = pump("stdout", new StreamPump(process.getInputStream(), stdout, out));
    this.stderrPump = pump("stderr", new StreamPump(process.getErrorStream(), stderr, err));
  }

  /** Starts {@code builder} (stdin from /dev/null) and its output pumps. */
  public static ChildProcess start(
      ProcessBuilder builder, int tailBytes, Consumer<String> out, Consumer<String> err)
      throws IOException {
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    return new ChildProcess(builder.start(), tailBytes, out, err);
  }

  public long pid() {
    return process.pid();
  }

  /**
   * Waits for the process, calling {@code tick} about five times a second; kills the tree when the
   * deadline passes or this thread is interrupted (the interrupt stays set).
   */
  public Ending await(Deadline deadline, Runnable tick) {
    try {
      while (!process.waitFor(Math.min(deadline.remainingNanos(), ms(TICK_MILLIS)), NANOS)) {
        tick.run();
        if (deadline.passed()) {
          return new Ending.TimedOut(stop());
        }
      }
    } catch (InterruptedException e) {
      var code = stop();
      Thread.currentThread().interrupt();
      return new Ending.Interrupted(code);
    }
    awaitPumps();
    return new Ending.Exited(process.exitValue());
  }

  /**
   * Kills the process and everything it started, and answers once they are gone; a thread waiting
   * in {@link #await} then sees the process exit (with the kill's exit code).
   */
  public void kill() {
    ProcessTree.kill(process.toHandle());
  }

  /** What the process wrote to stdout (the end of it beyond the tail size). */
  public String stdout() {
    return stdout.text();
  }

  public String stderr() {
    return stderr.text();
  }

  private int stop() {
    var interrupted = Thread.interrupted();
    ProcessTree.kill(process.toHandle());
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    awaitPumps();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return process.isAlive() ? -1 : process.exitValue();
  }

  /**
   * Lets the pumps read what is left. A process that started a background child and exited leaves
   * its pipes open; the pumps are then abandoned (they end when that child does).
   */
  private void awaitPumps() {
    var interrupted = Thread.interrupted();
    try {
      stdoutPump.join(PUMP_GRACE_MILLIS);
      stderrPump.join(PUMP_GRACE_MILLIS);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread pump(String name, StreamPump pump) {
    return Thread.ofVirtual().name("child-" + name).start(pump);
  }

  private static long ms(long millis) {
    return TimeUnit.MILLISECONDS.toNanos(millis);
  }

  private static final TimeUnit NANOS = TimeUnit.NANOSECONDS;
}
