package dev.sluice.core.jobs.run;

/**
 * How a run's process ended.
 *
 * @param exitCode the process's exit code (a stopped process: what it ended with)
 * @param errorMessage for a failure, what Glue would show as ErrorMessage: the script's last
 *     exception line (Python's {@code ValueError: ...}, Java's {@code java.lang.X: ...}) or {@code
 *     Command failed with exit code N}; null on success
 */
public record JobExit(int exitCode, String errorMessage) {

  public boolean succeeded() {
    return exitCode == 0;
  }
}
