package dev.sluice.runtime.jobs.internal;

import dev.sluice.core.jobs.run.JobLogs;
import dev.sluice.core.logs.LogSink;
import dev.sluice.core.time.Clock;
import dev.sluice.runtime.steps.internal.LaunchLog;
import dev.sluice.runtime.steps.internal.StepLog;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run's log: standard output to every output group, standard error (and Sluice's notes) to every
 * error group, all in the run's stream, in batches written at least every second and at {@link
 * #close()}; standard error is also read for the run's error message.
 */
public final class JobLog implements LaunchLog, AutoCloseable {

  private final List<StepLog> outputs;
  private final List<StepLog> errors;
  private final ErrorWatch watch = new ErrorWatch();

  public JobLog(LogSink sink, JobLogs logs, Clock clock) {
    this.outputs = streams(sink, logs.outputGroups(), logs.stream(), clock);
    this.errors = streams(sink, logs.errorGroups(), logs.stream(), clock);
  }

  @Override
  public void out(String line) {
    outputs.forEach(log -> log.line(line));
  }

  @Override
  public void err(String line) {
    errors.forEach(log -> log.line(line));
    watch.accept(line);
  }

  @Override
  public void note(String line) {
    errors.forEach(log -> log.line(line));
  }

  @Override
  public void flushIfDue() {
    all().forEach(StepLog::flushIfDue);
  }

  /** The run's error message for a process that exited with {@code exitCode} (not 0). */
  public String errorMessage(int exitCode) {
    return watch.message(exitCode);
  }

  @Override
  public void close() {
    all().forEach(StepLog::close);
  }

  private Stream<StepLog> all() {
    return Stream.concat(outputs.stream(), errors.stream());
  }

  private static List<StepLog> streams(
      LogSink sink, List<String> groups, String stream, Clock clock) {
    return groups.stream().map(group -> new StepLog(sink, group, stream, clock)).toList();
  }
}
