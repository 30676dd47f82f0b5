package dev.sluice.core.pipelines.run;

import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.pipelines.work.WorkItem;
import dev.sluice.core.pipelines.work.WorkOutcome;

/**
 * What runs one attempt's work (and one precondition check): {@code workers::run} of {@link
 * dev.sluice.core.pipelines.work.Workers}. Blocks until the work ends; ends early when the calling
 * thread is interrupted.
 */
@FunctionalInterface
public interface AttemptWork {
  WorkOutcome run(WorkItem item, WorkContext context);
}
