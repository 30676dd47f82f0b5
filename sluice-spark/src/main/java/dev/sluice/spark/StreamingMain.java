package dev.sluice.spark;

import dev.sluice.spark.streaming.JobResult;
import dev.sluice.spark.streaming.JobSpec;
import dev.sluice.spark.streaming.StreamingJob;
import dev.sluice.spark.streaming.internal.JobLog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The entry point spark-submit runs for an EmrActivity's Hadoop streaming step: {@code
 * StreamingMain <job.json>}. Writes the spec's result file and exits 0 on success, 1 on failure.
 */
public final class StreamingMain {

  private static final String LOGGER = "streaming.StreamJob";

  private StreamingMain() {}

  public static void main(String[] args) {
    JavaSparkContext[] started = {null};
    int code =
        run(
            args,
            () -> {
              started[0] = JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(sparkConf()));
              return started[0];
            });
    if (started[0] != null) {
      started[0].stop();
    }
    ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    System.exit(code);
  }

  /**
   * Runs the job in {@code args[0]} on the context {@code spark} supplies (only once the spec is
   * read); returns the exit code.
   */
  public static int run(String[] args, Supplier<JavaSparkContext> spark) {
    JobLog log = new JobLog(System.out);
    if (args.length != 1) {
      log.error(LOGGER, "usage: StreamingMain <job.json>");
      return 1;
    }
    JobSpec spec;
    try {
      spec = JobSpec.read(Path.of(args[0]));
    } catch (Exception e) {
      log.error(LOGGER, "cannot read job spec " + args[0] + ": " + e);
      return 1;
    }
    JobResult result;
    try {
      result = new StreamingJob(spark.get(), log).run(spec);
    } catch (Exception e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      log.error(LOGGER, "Error Launching job : " + e);
      String message = e.toString().lines().findFirst().orElse(e.getClass().getName());
      result = JobResult.failed(message, trace.toString(), JobResult.Counters.NONE);
    }
    return write(result, spec, log) && result.succeeded() ? 0 : 1;
  }

  private static boolean write(JobResult result, JobSpec spec, JobLog log) {
    if (spec.result() == null) {
      return true;
    }
    try {
      result.write(Path.of(spec.result()));
      return true;
    } catch (Exception e) {
      log.error(LOGGER, "cannot write result " + spec.result() + ": " + e);
      return false;
    }
  }

  /**
   * Spark settings for a streaming step; spark-submit's own settings win. Without a master (not run
   * by spark-submit) it runs locally on every core.
   */
  public static SparkConf sparkConf() {
    SparkConf conf = new SparkConf();
    conf.setIfMissing("spark.master", "local[*]");
    conf.setIfMissing("spark.app.name", "sluice-streaming");
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    return conf;
  }
}
