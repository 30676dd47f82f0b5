package dev.sluice.runtime.jobs.internal;

import dev.sluice.core.jobs.JobRun;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a run's WorkerType and NumberOfWorkers (or MaxCapacity) become in Spark: on a local master,
 * as many threads as the workers have cores, at most the processors here (a master configured as
 * {@code local[N]} is kept); on a {@code spark://} cluster, the workers less the driver as
 * executors of the worker type's cores and memory.
 *
 * @param master the master the run uses
 * @param conf Spark settings, as {@code key=value}
 * @param line what was chosen, for the run's log
 */
public record SparkWorkers(String master, List<String> conf, String line) {

  /** Glue's default capacity when a run names none: 10 workers (DPUs). */
  static final int DEFAULT_WORKERS = 10;

  private static final Pattern EXPLICIT_LOCAL = Pattern.compile("local\\[\\d+(,\\d+)?]");

  public static SparkWorkers plan(String configuredMaster, JobRun run, int processors) {
    var named = run.workerType() == null ? null : WorkerType.named(run.workerType()).orElse(null);
    var type =
        named != null ? named : run.workerType() == null ? WorkerType.STANDARD : WorkerType.G_1X;
    var workers = workers(run);
    var sizing =
        workers
            + " "
            + type.name()
            + " workers"
            + (named == null && run.workerType() != null
                ? " (" + run.workerType() + " is unknown here: sized as G.1X)"
                : "");
    if (configuredMaster.startsWith("local")) {
      return local(configuredMaster, type, workers, processors, sizing);
    }
    var executors = Math.max(1, workers - 1);
    var conf =
        List.of(
            "spark.executor.cores=" + type.cores(),
            "spark.executor.memory=" + type.memory(),
            "spark.cores.max=" + executors * type.cores(),
            "spark.executor.instances=" + executors);
    var line =
        "Sluice: Spark for "
            + sizing
            + ": "
            + executors
            + " executors of "
            + type.cores()
            + " cores and "
            + type.memory()
            + " on "
            + configuredMaster;
    return new SparkWorkers(configuredMaster, conf, line);
  }

  private static SparkWorkers local(
      String master, WorkerType type, int workers, int processors, String sizing) {
    if (EXPLICIT_LOCAL.matcher(master).matches()) {
      return new SparkWorkers(
          master, List.of(), "Sluice: Spark for " + sizing + ": " + master + ", as set");
    }
    var threads = (int) Math.min((long) workers * type.cores(), processors);
    var chosen = "local[" + threads + "]";
    return new SparkWorkers(
        chosen,
        List.of(),
        "Sluice: Spark for " + sizing + ": " + chosen + " (" + processors + " processors here)");
  }

  private static int workers(JobRun run) {
    if (run.numberOfWorkers() != null && run.numberOfWorkers() > 0) {
      return run.numberOfWorkers();
    }
    if (run.maxCapacity() != null && run.maxCapacity() >= 1) {
      return (int) Math.round(run.maxCapacity());
    }
    return DEFAULT_WORKERS;
  }
}
