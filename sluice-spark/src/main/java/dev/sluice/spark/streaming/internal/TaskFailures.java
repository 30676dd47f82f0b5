package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.internal.aggregate.AggregateKeys;

/** How map and reduce tasks report failures of their own (not of their programs). */
final class TaskFailures {

  private TaskFailures() {}

  /** An I/O failure of the task itself (not of its program), reported like Hadoop's. */
  static StreamingTaskException of(TaskIds ids, Exception e) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    return new StreamingTaskException(ids.attemptId(), e.toString(), "");
  }

  /** Bad program output the task cannot use (an unreadable aggregate key or value). */
  static StreamingTaskException ofBadRecord(TaskIds ids, RuntimeException e) {
    String message =
        e instanceof AggregateKeys.AggregateKeyException ? e.getMessage() : e.toString();
    return new StreamingTaskException(ids.attemptId(), message, "");
  }

  /** True for the failures {@link #ofBadRecord} describes. */
  static boolean isBadRecord(RuntimeException e) {
    return e instanceof AggregateKeys.AggregateKeyException || e instanceof NumberFormatException;
  }

  /** Closes quietly after a failure that is already being reported. */
  static void closeAfterFailure(AutoCloseable resource, Throwable failure) {
    try {
      resource.close();
    } catch (Exception e) {
      failure.addSuppressed(e);
    }
  }

  /** Closes a resource whose task has ended; a failure to close changes nothing now. */
  static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception ignored) {
      // the task's outcome is already decided
    }
  }
}
