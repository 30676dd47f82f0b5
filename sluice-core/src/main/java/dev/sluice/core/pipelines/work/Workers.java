package dev.sluice.core.pipelines.work;

/**
 * Runs one {@link WorkItem}: EMR steps through the {@link StepRunner}, shell commands through the
 * {@link ShellRunner} (with staging), copies and S3 preconditions through {@link ObjectFiles}.
 */
public final class Workers {
  private final StepRunner steps;
  private final ShellRunner shells;
  private final ObjectFiles objects;

  public Workers(StepRunner steps, ShellRunner shells, ObjectFiles objects) {
    this.steps = steps;
    this.shells = shells;
    this.objects = objects;
  }

  /** Runs the work; blocks until it ends (or the thread is interrupted). */
  public WorkOutcome run(WorkItem item, WorkContext context) {
    throw new UnsupportedOperationException(
        "written by the work helper " + steps + shells + objects);
  }
}
