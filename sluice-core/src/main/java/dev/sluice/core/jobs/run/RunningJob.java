package dev.sluice.core.jobs.run;

import java.time.Duration;

/** A started run's process. */
public interface RunningJob {

  /**
   * Waits at most {@code wait} (real time) for the process to end on its own; null while it runs.
   */
  JobExit await(Duration wait) throws InterruptedException;

  /** Stops the process and everything it started; answers once they are gone. */
  JobExit stop();
}
