package dev.sluice.runtime.internal;

import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogSink;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log stream of one instance: every line goes to the {@link LogSink}; while an invocation runs,
 * its lines are also kept (the last 4 KB of them) for {@code LogType=Tail}. An invocation's lines
 * are written together when it ends (one write per invocation, not one per line; everything is in
 * the sink when Invoke returns), or once the oldest unwritten line is a second old, so a long
 * invocation's output still shows while it runs. Lines outside invocations are written at once.
 */
final class InstanceLog {

  static final int TAIL_BYTES = 4096;

  private static final Logger LOG = LoggerFactory.getLogger(InstanceLog.class);

  private final LogSink sink;
  private final String group;
  private final String stream;
  private static final long FLUSH_AFTER_NANOS = 1_000_000_000L;

  private final ArrayDeque<String> tail = new ArrayDeque<>();
  private final List<LogEvent> pending = new ArrayList<>();
  private long oldestPending;
  private int tailBytes;
  private boolean collecting;

  InstanceLog(LogSink sink, String group, String stream) {
    this.sink = sink;
    this.group = group;
    this.stream = stream;
  }

  String stream() {
    return stream;
  }

  /** Writes {@code lines}, all stamped now (see the class comment for when). */
  synchronized void write(List<String> lines) {
    if (!lines.isEmpty()) {
      if (pending.isEmpty()) {
        oldestPending = System.nanoTime();
      }
      var now = Instant.now();
      lines.forEach(line -> pending.add(new LogEvent(now, line)));
      if (collecting) {
        lines.forEach(this::keep);
      }
    }
    if (!collecting || System.nanoTime() - oldestPending >= FLUSH_AFTER_NANOS) {
      flush();
    }
  }

  /** Writes every line not yet written. */
  synchronized void flush() {
    if (pending.isEmpty()) {
      return;
    }
    try {
      sink.append(group, stream, List.copyOf(pending));
    } catch (RuntimeException e) {
      LOG.warn("Cannot write {} log lines to {} {}", pending.size(), group, stream, e);
    }
    pending.clear();
  }

  /** Starts keeping lines for an invocation's tail, beginning with {@code startLine}. */
  synchronized void begin(String startLine) {
    tail.clear();
    tailBytes = 0;
    collecting = true;
    write(List.of(startLine));
  }

  /** Writes the closing lines and returns the invocation's last 4 KB of log. */
  synchronized String end(List<String> closingLines) {
    write(closingLines);
    collecting = false;
    flush();
    var text = new StringBuilder();
    tail.forEach(line -> text.append(line).append('\n'));
    tail.clear();
    return lastBytes(text.toString());
  }

  private void keep(String line) {
    tail.addLast(line);
    tailBytes += utf8Length(line) + 1;
    while (tail.size() > 1 && tailBytes - utf8Length(tail.peekFirst()) - 1 >= TAIL_BYTES) {
      tailBytes -= utf8Length(tail.removeFirst()) + 1;
    }
  }

  private static String lastBytes(String text) {
    var bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= TAIL_BYTES) {
      return text;
    }
    var start = bytes.length - TAIL_BYTES;
    while (start < bytes.length && (bytes[start] & 0xC0) == 0x80) {
      start++;
    }
    return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
  }

  private static int utf8Length(String line) {
    return line.getBytes(StandardCharsets.UTF_8).length;
  }
}
