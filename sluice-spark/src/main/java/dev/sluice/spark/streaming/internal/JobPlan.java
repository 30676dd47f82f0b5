package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.internal.io.KeyValueFormat;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything a task needs, decided once on the driver and shipped with each task.
 *
 * @param jobId Hadoop-style job id, {@code job_<millis>_0001}
 * @param mapper the mapper ({@link Program.Command}, {@link Program.Cat} or {@link
 *     Program.Identity})
 * @param combiner the combiner, or null
 * @param reducer the reducer; ignored when {@code reduceTasks} is 0
 * @param mapTasks the number of splits
 * @param reduceTasks 0 for a map-only job
 * @param mapOutput how mapper (and combiner input) lines split into key and value
 * @param reduceOutput how reducer and combiner output lines split into key and value
 * @param reduceInputSeparator written between key and value on reducer and combiner stdin
 * @param outputSeparator written between key and value in part files
 * @param nonZeroExitIsFailure {@code stream.non.zero.exit.is.failure}
 * @param uniqueLimit {@code aggregate.max.num.unique.values}
 * @param reporterPrefix {@code stream.stderr.reporter.prefix}
 * @param files the files linked into every task directory
 * @param jobEnvironment job-wide variables (the configuration with safe names)
 * @param cmdenv {@code -cmdenv} variables
 * @param taskRoot where task directories are made
 * @param attemptRoot where task attempts write their part files before the job commits them
 */
public record JobPlan(
    String jobId,
    Program mapper,
    Program combiner,
    Program reducer,
    int mapTasks,
    int reduceTasks,
    KeyValueFormat mapOutput,
    KeyValueFormat reduceOutput,
    byte[] reduceInputSeparator,
    byte[] outputSeparator,
    boolean nonZeroExitIsFailure,
    long uniqueLimit,
    String reporterPrefix,
    List<TaskFile> files,
    Map<String, String> jobEnvironment,
    Map<String, String> cmdenv,
    String taskRoot,
    String attemptRoot)
    implements Serializable {

  public JobPlan {
    files = List.copyOf(files);
    jobEnvironment = Map.copyOf(jobEnvironment);
    cmdenv = Map.copyOf(cmdenv);
  }

  public boolean mapOnly() {
    return reduceTasks == 0;
  }

  /** The job id without its {@code job_} prefix, shared by task and attempt ids. */
  String idSuffix() {
    return jobId.substring("job_".length());
  }
}
