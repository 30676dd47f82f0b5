package dev.sluice.core.jobs.run;

import dev.sluice.core.result.Result;

/**
 * Starts the processes of job runs (Sluice's runtime: Python shell jobs with python3, Glue ETL jobs
 * on Spark in a child JVM or through {@code spark-submit}).
 */
public interface JobLauncher {

  /**
   * Starts the run's process and answers at once. A failure means nothing was started (no script,
   * an unsupported command, PySpark missing): its message becomes the run's ErrorMessage.
   */
  Result<RunningJob> start(JobLaunch launch);
}
