package dev.sluice.runtime.steps.internal;

/**
 * Where a launched process's output goes: its standard output and error lines, and Sluice's own
 * lines about the launch; {@link #flushIfDue()} is called while waiting for the process.
 */
public interface LaunchLog {

  void out(String line);

  void err(String line);

  /** A line of Sluice's own (starting, ending, what was chosen). */
  void note(String line);

  void flushIfDue();
}
