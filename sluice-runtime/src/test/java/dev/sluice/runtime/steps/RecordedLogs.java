package dev.sluice.runtime.steps;

import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogSink;
import java.util.ArrayList;
import java.util.List;

/** A {@link LogSink} that keeps every write, for tests. */
public final class RecordedLogs implements LogSink {

  /** One {@code append} call. */
  public record Batch(String group, String stream, List<LogEvent> events) {}

  private final List<Batch> batches = new ArrayList<>();

  @Override
  public synchronized void append(String group, String stream, List<LogEvent> events) {
    batches.add(new Batch(group, stream, List.copyOf(events)));
  }

  public synchronized List<Batch> batches() {
    return List.copyOf(batches);
  }

  /** Every message written to {@code group}/{@code stream}, in order. */
  public synchronized List<String> messages(String group, String stream) {
    return batches.stream()
        .filter(batch -> batch.group().equals(group) && batch.stream().equals(stream))
        .flatMap(batch -> batch.events().stream())
        .map(LogEvent::message)
        .toList();
  }

  public synchronized List<String> messages() {
    return batches.stream().flatMap(b -> b.events().stream()).map(LogEvent::message).toList();
  }
}
