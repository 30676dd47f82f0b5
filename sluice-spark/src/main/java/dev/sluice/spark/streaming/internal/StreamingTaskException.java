package dev.sluice.spark.streaming.internal;

/**
 * A streaming task failed the way a Hadoop task attempt fails (a command exited non-zero, could not
 * start, broke its pipe, or wrote output the aggregate reducer cannot read). Spark carries it to
 * the driver, which reports {@link #getMessage()} and the program's stderr tail.
 */
public final class StreamingTaskException extends RuntimeException {

  private final String attempt;
  private final String stderrTail;

  public StreamingTaskException(String attempt, String message, String stderrTail) {
    super(message);
    this.attempt = attempt;
    this.stderrTail = stderrTail == null ? "" : stderrTail;
  }

  /** The task attempt id, {@code attempt_..._m_000000_0}. */
  public String attempt() {
    return attempt;
  }

  public String stderrTail() {
    return stderrTail;
  }
}
