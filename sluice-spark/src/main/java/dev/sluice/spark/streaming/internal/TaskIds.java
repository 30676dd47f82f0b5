package dev.sluice.spark.streaming.internal;

/** Hadoop-style ids of one task attempt: {@code attempt_<job>_m_000003_0}. */
record TaskIds(String jobSuffix, boolean map, int partition, int attempt) {

  static TaskIds of(JobPlan plan, boolean map, int partition, int attempt) {
    return new TaskIds(plan.idSuffix(), map, partition, attempt);
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
}
