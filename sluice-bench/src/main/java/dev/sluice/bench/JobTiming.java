package dev.sluice.bench;

/**
 * One run of a job in the jobs section, in milliseconds from its start (StartJobRun sent, or the
 * bare process launched).
 *
 * @param toMain to the job's {@code main entered at} line's time (its main's first statement)
 * @param total to the end: GetJobRun seen SUCCEEDED, or the bare process's exit
 * @param toLaunch to Sluice's log line that starts the job's process; NaN for bare processes
 */
record JobTiming(double toMain, double total, double toLaunch) {}
