package dev.sluice.aws.glue.internal;

/** The wire's {@code ExecutionProperty}: how many runs of a job may be active at once. */
public record ExecutionPropertyShape(Integer maxConcurrentRuns) {

  public static Integer maxConcurrentRuns(ExecutionPropertyShape property) {
    return property == null ? null : property.maxConcurrentRuns();
  }
}
