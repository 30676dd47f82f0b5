package dev.sluice.bench;

/**
 * One run of a job in the jobs section, in milliseconds from its start (StartJobRun sent, or the
 * bare process launched).
 *
 * @param toMain to the job's {@code main entered at} line's time (its main's first statement)
 * @param total to the end: GetJobRun seen SUCCEEDED, or the bare process's exit
 * @param toLaunch to Sluice's log line that starts the job's process; NaN for bare processes
 * @param benchCpu CPU milliseconds the bench JVM (the embedded Sluice and the polling client) used
 *     from the start to the end; NaN for bare processes
 */
record JobTiming(double toMain, double total, double toLaunch, double benchCpu) {

  /** A bare process's run: no launch line, nothing done in the bench JVM. */
  static JobTiming bare(double toMain, double total) {
    return new JobTiming(toMain, total, Double.NaN, Double.NaN);
  }
}
