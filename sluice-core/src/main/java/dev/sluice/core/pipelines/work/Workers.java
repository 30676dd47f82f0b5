package dev.sluice.core.pipelines.work;

import dev.sluice.core.pipelines.work.internal.CopyWork;
import dev.sluice.core.pipelines.work.internal.EmrWork;
import dev.sluice.core.pipelines.work.internal.S3Checks;
import dev.sluice.core.pipelines.work.internal.ShellWork;

/**
 * Runs one {@link WorkItem}: EMR steps through the {@link StepRunner}, shell commands through the
 * {@link ShellRunner} (with staging), copies and S3 preconditions through {@link ObjectFiles}.
 */
public final class Workers {
  private final EmrWork emr;
  private final ShellWork shell;
  private final CopyWork copies;
  private final S3Checks checks;

  public Workers(StepRunner steps, ShellRunner shells, ObjectFiles objects) {
    this.emr = new EmrWork(steps, shells, objects);
    this.shell = new ShellWork(shells, objects);
    this.copies = new CopyWork(objects);
    this.checks = new S3Checks(objects);
  }

  /**
   * Runs the work; blocks until it ends. An interrupted thread ends it early with a failure (the
   * interrupt flag stays set).
   */
  public WorkOutcome run(WorkItem item, WorkContext context) {
    return switch (item) {
      case WorkItem.Emr work -> emr.run(work, context);
      case WorkItem.Shell work -> shell.run(work, context);
      case WorkItem.Copy work -> copies.run(work);
      case WorkItem.KeyExists work -> checks.keyExists(work.key());
      case WorkItem.PrefixNotEmpty work -> checks.prefixNotEmpty(work.prefix());
    };
  }
}
