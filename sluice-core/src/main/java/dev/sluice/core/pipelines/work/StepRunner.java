package dev.sluice.core.pipelines.work;

import java.util.Map;

/**
 * Runs EMR steps on Spark (sluice-runtime): Hadoop streaming with Hadoop's semantics, other jars as
 * Spark main classes. Blocks until the step ends; writes the step's output to the context's log
 * stream.
 */
public interface StepRunner {

  /**
   * @param resource the rendered fields of the EmrCluster the step runs on
   */
  WorkOutcome run(
      EmrStep step, Map<String, String> resource, ObjectFiles objects, WorkContext context);
}
