package dev.sluice.runtime.steps.internal;

import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogSink;
import dev.sluice.core.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log stream work writes to, in batches: lines are stamped when they arrive and written once a
 * batch is full or its oldest line is a second old ({@link #flushIfDue()}, called while waiting),
 * and at {@link #close()}. Lines arriving after close are written one by one. A launched process's
 * standard output and error and Sluice's notes all go to the one stream.
 */
public final class StepLog implements LaunchLog, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StepLog.class);
  private static final int BATCH_LINES = 1000;
  private static final long FLUSH_AFTER_NANOS = 1_000_000_000L;

  private final LogSink sink;
  private final String group;
  private final String stream;
  private final Clock clock;
  private final List<LogEvent> pending = new ArrayList<>();
  private long oldestPending;
  private boolean closed;

  public StepLog(LogSink sink, String group, String stream, Clock clock) {
    this.sink = sink;
    this.group = group;
    this.stream = stream;
    this.clock = clock;
  }

  public synchronized void line(String message) {
    if (pending.isEmpty()) {
      oldestPending = System.nanoTime();
    }
    pending.add(new LogEvent(clock.now(), message));
    if (closed || pending.size() >= BATCH_LINES) {
      flush();
    }
  }

  @Override
  public void out(String line) {
    line(line);
  }

  @Override
  public void err(String line) {
    line(line);
  }

  @Override
  public void note(String line) {
    line(line);
  }

  @Override
  public synchronized void flushIfDue() {
    if (!pending.isEmpty() && System.nanoTime() - oldestPending >= FLUSH_AFTER_NANOS) {
      flush();
    }
  }

  public synchronized void flush() {
    if (pending.isEmpty()) {
      return;
    }
    if (group != null && stream != null) {
      try {
        sink.append(group, stream, List.copyOf(pending));
      } catch (RuntimeException e) {
        LOG.warn("Cannot write {} log lines to {} {}", pending.size(), group, stream, e);
      }
    }
    pending.clear();
  }

  @Override
  public synchronized void close() {
    flush();
    closed = true;
  }
}
