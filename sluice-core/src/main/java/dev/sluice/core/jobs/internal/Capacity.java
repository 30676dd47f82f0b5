package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.internal.JobMessages.invalid;

import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.NewJobRun;
import dev.sluice.core.result.Result;

/**
 * What a job or run computes on, as Glue checks and answers it: a worker type with a number of
 * workers (then MaxCapacity is their DPUs), or DPUs alone (MaxCapacity; AllocatedCapacity is its
 * deprecated whole number).
 */
record Capacity(
    String workerType, Integer numberOfWorkers, Double maxCapacity, Integer allocatedCapacity) {

  static final double PYTHON_SHELL_DEFAULT = 0.0625;
  static final double SPARK_DEFAULT = 10.0;

  /** A stored job's capacity. */
  static Capacity of(dev.sluice.core.jobs.JobDefinition job) {
    return new Capacity(
        job.workerType(), job.numberOfWorkers(), job.maxCapacity(), job.allocatedCapacity());
  }

  /** A job definition's capacity, checked and completed with Glue's defaults. */
  static Result<Capacity> ofJob(
      String command, String workerType, Integer workers, Double max, Integer allocated) {
    if ((workerType == null) != (workers == null)) {
      return Result.err(invalid(JobMessages.BOTH_WORKER_FIELDS));
    }
    if (workerType != null) {
      return ofWorkers(command, workerType, workers, max, allocated);
    }
    if (max != null && allocated != null) {
      return Result.err(invalid(JobMessages.BOTH_CAPACITIES));
    }
    return ofDpus(command, max != null ? max : allocated == null ? null : allocated.doubleValue());
  }

  /** A run's capacity: StartJobRun's values where given, else the job's. */
  static Result<Capacity> ofRun(String command, Capacity job, NewJobRun run) {
    if (run.workerType() != null || run.numberOfWorkers() != null) {
      String type = run.workerType() != null ? run.workerType() : job.workerType();
      Integer workers =
          run.numberOfWorkers() != null ? run.numberOfWorkers() : job.numberOfWorkers();
      if (type == null || workers == null) {
        return Result.err(invalid(JobMessages.BOTH_WORKER_FIELDS));
      }
      return ofWorkers(command, type, workers, run.maxCapacity(), run.allocatedCapacity());
    }
    if (run.maxCapacity() == null && run.allocatedCapacity() == null) {
      return Result.ok(job);
    }
    if (job.workerType() != null) {
      return Result.err(
          invalid(
              run.maxCapacity() != null
                  ? JobMessages.MAX_CAPACITY_WITH_WORKERS
                  : JobMessages.ALLOCATED_CAPACITY_WITH_WORKERS));
    }
    return ofJob(command, null, null, run.maxCapacity(), run.allocatedCapacity());
  }

  private static Result<Capacity> ofWorkers(
      String command, String type, int workers, Double max, Integer allocated) {
    if (max != null) {
      return Result.err(invalid(JobMessages.MAX_CAPACITY_WITH_WORKERS));
    }
    if (allocated != null) {
      return Result.err(invalid(JobMessages.ALLOCATED_CAPACITY_WITH_WORKERS));
    }
    int minimum = isSpark(command) ? 2 : 1;
    if (workers < minimum) {
      return Result.err(invalid(JobMessages.minimumWorkers(type, minimum)));
    }
    double dpus = workers * dpusPerWorker(type);
    return Result.ok(new Capacity(type, workers, dpus, (int) dpus));
  }

  private static Result<Capacity> ofDpus(String command, Double given) {
    if (JobCommand.PYTHON_SHELL.equals(command)) {
      double dpus = given == null ? PYTHON_SHELL_DEFAULT : given;
      if (dpus != PYTHON_SHELL_DEFAULT && dpus != 1.0) {
        return Result.err(invalid(JobMessages.PYTHON_SHELL_CAPACITY));
      }
      return Result.ok(new Capacity(null, null, dpus, (int) dpus));
    }
    double dpus = given == null ? SPARK_DEFAULT : given;
    return Result.ok(new Capacity(null, null, dpus, (int) dpus));
  }

  private static boolean isSpark(String command) {
    return JobCommand.GLUE_ETL.equals(command) || GlueVersions.STREAMING.equals(command);
  }

  /** DPUs per worker: G.1X one, G.2X two, ..., G.025X a quarter; Ray's Z.2X two M-DPUs. */
  static double dpusPerWorker(String type) {
    return switch (type) {
      case "G.025X" -> 0.25;
      case "G.2X", "Z.2X" -> 2;
      case "G.4X" -> 4;
      case "G.8X" -> 8;
      default -> 1;
    };
  }
}
