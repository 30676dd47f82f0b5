package dev.sluice.core.pipelines.run;

import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogSink;
import java.util.ArrayList;
import java.util.List;

/** A log sink that keeps every line, with its group and stream. */
final class CollectingLogs implements LogSink {
  record Line(String group, String stream, String message) {}

  private final List<Line> lines = new ArrayList<>();

  @Override
  public synchronized void append(String group, String stream, List<LogEvent> events) {
    events.forEach(e -> lines.add(new Line(group, stream, e.message())));
  }

  synchronized List<Line> lines() {
    return List.copyOf(lines);
  }

  List<String> messages(String stream) {
    return lines().stream().filter(l -> l.stream().equals(stream)).map(Line::message).toList();
  }
}
