package dev.sluice.core.logs.internal;

import dev.sluice.core.logs.EventKey;
import dev.sluice.core.logs.EventSelection;
import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogGroup;
import dev.sluice.core.logs.LogStore;
import dev.sluice.core.logs.LogStream;
import dev.sluice.core.logs.StoredEvent;
import dev.sluice.core.logs.StreamOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A {@link LogStore} in memory, for the service's tests (the JDBC one has its contract suite). */
final class InMemoryLogStore implements LogStore {
  private record Group(Instant createdAt, Integer retention) {}

  private final Map<String, Group> groups = new TreeMap<>();
  private final Map<List<String>, LogStream> streams =
      new TreeMap<>(
          Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
  private final List<StoredEvent> events = new ArrayList<>();
  private final Map<Long, String> groupOfEvent = new TreeMap<>();
  private long nextId = 1;

  @Override
  public synchronized boolean createGroup(String group, Instant createdAt) {
    return groups.putIfAbsent(group, new Group(createdAt, null)) == null;
  }

  @Override
  public synchronized boolean deleteGroup(String group) {
    streams.keySet().removeIf(k -> k.get(0).equals(group));
    events.removeIf(e -> groupOfEvent.get(e.id()).equals(group));
    return groups.remove(group) != null;
  }

  @Override
  public synchronized Optional<LogGroup> group(String group) {
    var g = groups.get(group);
    if (g == null) {
      return Optional.empty();
    }
    long bytes =
        streams.values().stream()
            .filter(s -> s.group().equals(group))
            .mapToLong(LogStream::storedBytes)
            .sum();
    return Optional.of(new LogGroup(group, g.createdAt(), g.retention(), bytes));
  }

  @Override
  public synchronized boolean setRetention(String group, Integer days) {
    var g = groups.get(group);
    if (g == null) {
      return false;
    }
    groups.put(group, new Group(g.createdAt(), days));
    return true;
  }

  @Override
  public synchronized List<LogGroup> groups(String prefix, int offset, int limit) {
    return groups.keySet().stream()
        .filter(n -> n.startsWith(prefix))
        .skip(offset)
        .limit(limit)
        .map(n -> group(n).orElseThrow())
        .toList();
  }

  @Override
  public synchronized boolean createStream(String group, String stream, Instant createdAt) {
    return streams.putIfAbsent(
            List.of(group, stream), new LogStream(group, stream, createdAt, null, null, null, 0))
        == null;
  }

  @Override
  public synchronized boolean deleteStream(String group, String stream) {
    events.removeIf(e -> e.stream().equals(stream) && groupOfEvent.get(e.id()).equals(group));
    return streams.remove(List.of(group, stream)) != null;
  }

  @Override
  public synchronized Optional<LogStream> stream(String group, String stream) {
    return Optional.ofNullable(streams.get(List.of(group, stream)));
  }

  @Override
  public synchronized List<LogStream> streams(
      String group, String prefix, StreamOrder order, boolean descending, int offset, int limit) {
    Comparator<LogStream> comparator =
        order == StreamOrder.LOG_STREAM_NAME
            ? Comparator.comparing(LogStream::name)
            : Comparator.comparing(
                    (LogStream s) ->
                        s.lastEventTimestamp() == null ? -1 : s.lastEventTimestamp().toEpochMilli())
                .thenComparing(LogStream::name);
    return streams.values().stream()
        .filter(s -> s.group().equals(group) && s.name().startsWith(prefix))
        .sorted(descending ? comparator.reversed() : comparator)
        .skip(offset)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized void append(
      String group, String stream, List<LogEvent> appended, Instant ingestedAt) {
    createGroup(group, ingestedAt);
    createStream(group, stream, ingestedAt);
    var s = streams.get(List.of(group, stream));
    var first = s.firstEventTimestamp();
    var last = s.lastEventTimestamp();
    long bytes = s.storedBytes();
    for (var event : appended) {
      var stored =
          new StoredEvent(nextId++, stream, event.timestamp(), event.message(), ingestedAt);
      events.add(stored);
      groupOfEvent.put(stored.id(), group);
      first = first == null || event.timestamp().isBefore(first) ? event.timestamp() : first;
      last = last == null || event.timestamp().isAfter(last) ? event.timestamp() : last;
      bytes += event.message().getBytes(StandardCharsets.UTF_8).length;
    }
    streams.put(
        List.of(group, stream),
        new LogStream(group, stream, s.createdAt(), first, last, ingestedAt, bytes));
  }

  @Override
  public synchronized List<StoredEvent> read(
      EventSelection selection, EventKey after, EventKey before, boolean ascending, int limit) {
    Comparator<StoredEvent> order = Comparator.comparing(StoredEvent::key);
    Stream<StoredEvent> selected =
        events.stream()
            .filter(e -> groupOfEvent.get(e.id()).equals(selection.group()))
            .filter(e -> selection.streams().isEmpty() || selection.streams().contains(e.stream()))
            .filter(
                e ->
                    selection.streamPrefix() == null
                        || e.stream().startsWith(selection.streamPrefix()))
            .filter(
                e ->
                    selection.startTime() == null || !e.timestamp().isBefore(selection.startTime()))
            .filter(e -> selection.endTime() == null || e.timestamp().isBefore(selection.endTime()))
            .filter(e -> after == null || e.key().compareTo(after) > 0)
            .filter(e -> before == null || e.key().compareTo(before) < 0);
    return selected.sorted(ascending ? order : order.reversed()).limit(limit).toList();
  }
}
