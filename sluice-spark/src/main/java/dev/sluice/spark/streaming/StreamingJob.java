package dev.sluice.spark.streaming;

import dev.sluice.spark.streaming.internal.Counter;
import dev.sluice.spark.streaming.internal.JobCounters;
import dev.sluice.spark.streaming.internal.JobLog;
import dev.sluice.spark.streaming.internal.JobPlan;
import dev.sluice.spark.streaming.internal.JobPlanner;
import dev.sluice.spark.streaming.internal.MapTasks;
import dev.sluice.spark.streaming.internal.OutputCommitter;
import dev.sluice.spark.streaming.internal.PartResult;
import dev.sluice.spark.streaming.internal.ProgressListener;
import dev.sluice.spark.streaming.internal.ReduceTasks;
import dev.sluice.spark.streaming.internal.StreamingTaskException;
import dev.sluice.spark.streaming.internal.TextHashPartitioner;
import dev.sluice.spark.streaming.internal.UnsignedBytes;
import dev.sluice.spark.streaming.internal.io.InputSplit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Runs a Hadoop streaming step on Spark: map tasks over input splits, then (unless map-only) a
 * shuffle partitioned like Hadoop's HashPartitioner and sorted by key, then reduce tasks writing
 * {@code part-NNNNN} files, committed with {@code _SUCCESS}.
 */
public final class StreamingJob {

  private static final String STREAM_JOB = "streaming.StreamJob";
  private static final String MAPREDUCE_JOB = "mapreduce.Job";

  private final JavaSparkContext sc;
  private final JobLog log;

  public StreamingJob(JavaSparkContext sc, JobLog log) {
    this.sc = sc;
    this.log = log;
  }

  public JobResult run(JobSpec spec) throws IOException {
    String jobId = "job_" + System.currentTimeMillis() + "_0001";
    Path workDir =
        spec.workDir() == null
            ? Files.createTempDirectory("sluice-streaming")
            : Path.of(spec.workDir());
    return switch (JobPlanner.plan(spec, jobId, workDir)) {
      case JobPlanner.Outcome.Refused refused -> refuse(refused.message());
      case JobPlanner.Outcome.Planned planned -> run(spec, planned.plan(), planned.splits());
    };
  }

  private JobResult refuse(String message) {
    log.error(STREAM_JOB, "Error Launching job : " + message);
    log.raw("Streaming Command Failed!");
    return JobResult.failed(message, "", JobResult.Counters.NONE);
  }

  private JobResult run(JobSpec spec, JobPlan plan, List<InputSplit> splits) throws IOException {
    log.info("mapreduce.JobSubmitter", "number of splits:" + splits.size());
    log.info(MAPREDUCE_JOB, "Running job: " + plan.jobId());
    OutputCommitter committer = new OutputCommitter(Path.of(spec.output()));
    committer.setUp(plan);
    JobCounters counters = JobCounters.register(sc);
    ProgressListener progress = new ProgressListener(log, plan);
    sc.sc().addSparkListener(progress);
    sc.setJobDescription("Hadoop streaming " + plan.jobId());
    try {
      progress.report();
      List<PartResult> parts = execute(plan, splits, counters);
      committer.commit(parts);
      progress.report();
      log.info(MAPREDUCE_JOB, "Job " + plan.jobId() + " completed successfully");
      logCounters(counters);
      log.info(STREAM_JOB, "Output directory: " + spec.output());
      return new JobResult(
          true, "Job " + plan.jobId() + " completed successfully", "", of(counters));
    } catch (Exception e) {
      // Spark's own SparkException is a checked exception Scala does not declare.
      committer.abort();
      return failed(plan, e, counters);
    } finally {
      sc.sc().removeSparkListener(progress);
    }
  }

  /**
   * One Spark partition per split; the splits travel in the task closure (Java-serialized), as
   * Spark's Kryo serializer cannot write records.
   */
  private List<PartResult> execute(JobPlan plan, List<InputSplit> splits, JobCounters counters) {
    List<Integer> indexes = IntStream.range(0, splits.size()).boxed().toList();
    if (plan.mapOnly()) {
      if (splits.isEmpty()) {
        return List.of();
      }
      return sc.parallelize(indexes, splits.size())
          .mapPartitionsWithIndex(
              (i, it) -> MapTasks.mapOnly(plan, i, splits.get(i), counters), false)
          .collect();
    }
    JavaRDD<Tuple2<byte[], byte[]>> mapped =
        splits.isEmpty()
            ? sc.emptyRDD()
            : sc.parallelize(indexes, splits.size())
                .mapPartitionsWithIndex(
                    (i, it) -> MapTasks.toShuffle(plan, i, splits.get(i), counters), false);
    return JavaPairRDD.fromJavaRDD(mapped)
        .repartitionAndSortWithinPartitions(
            new TextHashPartitioner(plan.reduceTasks()), UnsignedBytes.ORDER)
        .mapPartitionsWithIndex((i, it) -> ReduceTasks.reduce(plan, i, it, counters), false)
        .collect();
  }

  private JobResult failed(JobPlan plan, Exception e, JobCounters counters) {
    StreamingTaskException task = taskFailure(e);
    String message;
    String detail;
    if (task != null) {
      log.info(MAPREDUCE_JOB, "Task Id : " + task.attempt() + ", Status : FAILED");
      log.raw("Error: " + task.getMessage());
      if (!task.stderrTail().isEmpty()) {
        log.raw(task.stderrTail());
      }
      message = "Task " + task.attempt() + " failed: " + task.getMessage();
      detail = task.stderrTail();
    } else {
      message = e.toString().lines().findFirst().orElse(e.getClass().getName());
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      detail = trace.toString();
    }
    log.info(MAPREDUCE_JOB, "Job " + plan.jobId() + " failed with state FAILED");
    logCounters(counters);
    log.error(STREAM_JOB, "Job not successful!");
    log.raw("Streaming Command Failed!");
    return JobResult.failed(message, detail, of(counters));
  }

  private static StreamingTaskException taskFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamingTaskException task) {
        return task;
      }
    }
    return null;
  }

  private void logCounters(JobCounters counters) {
    Map<String, Long> reported = counters.reported();
    log.info(MAPREDUCE_JOB, "Counters: " + (Counter.values().length + reported.size()));
    String group = null;
    for (Counter counter : Counter.values()) {
      if (!counter.group().equals(group)) {
        group = counter.group();
        log.raw("\t" + group);
      }
      log.raw("\t\t" + counter.displayName() + "=" + counters.get(counter));
    }
    for (Map.Entry<String, Long> entry : reported.entrySet()) {
      String[] names = entry.getKey().split("\t", 2);
      if (!names[0].equals(group)) {
        group = names[0];
        log.raw("\t" + group);
      }
      log.raw("\t\t" + names[1] + "=" + entry.getValue());
    }
  }

  private static JobResult.Counters of(JobCounters counters) {
    return new JobResult.Counters(
        counters.get(Counter.MAP_INPUT_RECORDS),
        counters.get(Counter.MAP_OUTPUT_RECORDS),
        counters.get(Counter.REDUCE_OUTPUT_RECORDS),
        counters.get(Counter.BYTES_READ),
        counters.get(Counter.BYTES_WRITTEN));
  }
}
