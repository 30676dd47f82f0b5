package dev.sluice.spark.streaming.internal;

import java.nio.file.Path;
import org.apache.spark.TaskContext;

/** Hadoop-style ids of one task attempt: {@code attempt_<job>_m_000003_0}. */
record TaskIds(String jobSuffix, boolean map, int partition, int attempt) {

  /** The ids of the running Spark task attempt (attempt 0 outside Spark). */
  static TaskIds of(JobPlan plan, boolean map, int partition) {
    TaskContext context = TaskContext.get();
    return new TaskIds(
        plan.idSuffix(), map, partition, context == null ? 0 : context.attemptNumber());
  }

  String taskId() {
    return "task_" + jobSuffix + (map ? "_m_" : "_r_") + String.format("%06d", partition);
  }

  String attemptId() {
    return "attempt_" + taskId().substring("task_".length()) + "_" + attempt;
  }

  /** {@code part-00003}: a map task's file in map-only jobs, else a reduce task's. */
  String partName() {
    return String.format("part-%05d", partition);
  }

  /** Where this attempt writes its part file before the job commits it. */
  Path partFile(JobPlan plan) {
    return Path.of(plan.attemptRoot(), attemptId(), partName());
  }
}
