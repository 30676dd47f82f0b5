package dev.sluice.runtime;

import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogSink;
import java.util.ArrayList;
import java.util.List;

/** A {@link LogSink} that keeps what it is given, for tests. */
final class RecordingLogSink implements LogSink {

  record Written(String group, String stream, LogEvent event) {}

  private final List<Written> written = new ArrayList<>();

  @Override
  public synchronized void append(String group, String stream, List<LogEvent> events) {
    events.forEach(event -> written.add(new Written(group, stream, event)));
  }

  /** The messages written to {@code group}, in order. */
  synchronized List<String> messages(String group) {
    return written.stream()
        .filter(entry -> entry.group().equals(group))
        .map(entry -> entry.event().message())
        .toList();
  }

  synchronized List<String> streams(String group) {
    return written.stream()
        .filter(entry -> entry.group().equals(group))
        .map(Written::stream)
        .distinct()
        .toList();
  }
}
