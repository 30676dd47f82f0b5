package dev.sluice.runtime.steps;

import dev.sluice.core.logs.LogSink;
import dev.sluice.core.pipelines.work.ShellRunner;
import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.time.Clock;
import dev.sluice.runtime.steps.internal.ChildProcess;
import dev.sluice.runtime.steps.internal.Deadline;
import dev.sluice.runtime.steps.internal.StepLog;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs shell commands as processes: {@code /bin/sh -c command sh arg1 arg2...} in the context's
 * working directory, this process's environment plus the given variables, stdin empty. Every output
 * line goes to the context's log stream as it comes; the result keeps stdout and stderr whole up to
 * {@link #OUTPUT_LIMIT_BYTES} each, their ends beyond. The timeout (measured on the given clock, so
 * that virtual time counts) and an interrupt of the calling thread kill the command and everything
 * it started.
 */
public final class ProcessShellRunner implements ShellRunner {

  /** How much of each output stream a result keeps (the end of it). */
  public static final int OUTPUT_LIMIT_BYTES = 1 << 20;

  /** The exit code reported when the shell cannot be started at all (as a shell would). */
  public static final int CANNOT_START = 127;

  private final LogSink logSink;
  private final Clock clock;

  public ProcessShellRunner(LogSink logSink, Clock clock) {
    this.logSink = logSink;
    this.clock = clock;
  }

  public ProcessShellRunner(LogSink logSink) {
    this(logSink, Clock.system());
  }

  @Override
  public ShellResult run(
      String command,
      List<String> arguments,
      Map<String, String> environment,
      WorkContext context) {
    var deadline = Deadline.after(context.timeout(), clock);
    try (var log = new StepLog(logSink, context.logGroup(), context.logStream(), clock)) {
      ChildProcess child;
      try {
        Files.createDirectories(context.workDir());
        child =
            ChildProcess.start(
                builder(command, arguments, environment, context),
                OUTPUT_LIMIT_BYTES,
                log::line,
                log::line);
      } catch (IOException e) {
        var message = "sh: cannot start: " + e.getMessage();
        log.line(message);
        return new ShellResult(CANNOT_START, "", message, false);
      }
      var ending = child.await(deadline, log::flushIfDue);
      var timedOut = ending instanceof ChildProcess.Ending.TimedOut;
      return new ShellResult(ending.exitCode(), child.stdout(), child.stderr(), timedOut);
    }
  }

  private static ProcessBuilder builder(
      String command,
      List<String> arguments,
      Map<String, String> environment,
      WorkContext context) {
    var line = new ArrayList<String>(List.of("/bin/sh", "-c", command, "sh"));
    line.addAll(arguments);
    var builder = new ProcessBuilder(line).directory(context.workDir().toFile());
    builder.environment().putAll(environment);
    return builder;
  }
}
