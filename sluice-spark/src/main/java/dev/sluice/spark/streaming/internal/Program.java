package dev.sluice.spark.streaming.internal;

import java.io.Serializable;

/** What runs as a mapper, combiner or reducer. */
public sealed interface Program extends Serializable {

  /** An external command, started once per task with the task's records on stdin. */
  record Command(String line) implements Program {}

  /** {@code cat}: passes its input through unchanged; run in-process, with the same result. */
  record Cat() implements Program {}

  /**
   * Hadoop's IdentityMapper (key: the line's byte offset, value: the line) or IdentityReducer
   * (records unchanged).
   */
  record Identity() implements Program {}

  /** Hadoop's aggregate package: ValueAggregatorCombiner / ValueAggregatorReducer. */
  record Aggregate() implements Program {}
}
