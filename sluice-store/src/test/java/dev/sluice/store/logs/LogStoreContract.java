package dev.sluice.store.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.logs.EventKey;
import dev.sluice.core.logs.EventSelection;
import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogGroup;
import dev.sluice.core.logs.LogStore;
import dev.sluice.core.logs.LogStream;
import dev.sluice.core.logs.StoredEvent;
import dev.sluice.core.logs.StreamOrder;
import dev.sluice.store.StoreFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LogStore} does: groups, streams, appends and reads in time order. */
public abstract class LogStoreContract extends StoreFixture {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final String GROUP = "/aws/lambda/fn";

  private LogStore logs;

  @BeforeEach
  void logs() {
    logs = store.logs();
  }

  private static LogEvent at(long seconds, String message) {
    return new LogEvent(T0.plusSeconds(seconds), message);
  }

  private List<String> messages(List<StoredEvent> events) {
    return events.stream().map(StoredEvent::message).toList();
  }

  private List<StoredEvent> all(EventSelection selection) {
    return logs.read(selection, null, null, true, 100);
  }

  @Test
  void createsAGroupOnlyOnce() {
    assertThat(logs.createGroup(GROUP, T0)).isTrue();
    assertThat(logs.createGroup(GROUP, T0.plusSeconds(5))).isFalse();

    assertThat(logs.group(GROUP)).contains(new LogGroup(GROUP, T0, null, 0));
    assertThat(logs.group("/aws/lambda/other")).isEmpty();
  }

  @Test
  void listsGroupsWithAPrefixInNameOrderFromAnOffset() {
    for (var name : List.of("/aws/lambda/b", "/aws/glue/x", "/aws/lambda/a", "/aws/lambda/c")) {
      logs.createGroup(name, T0);
    }
    logs.createGroup("/aws/lambdaXc", T0);
    logs.createGroup("/aws/lambda_c", T0);

    assertThat(logs.groups("/aws/lambda/", 0, 10))
        .extracting(LogGroup::name)
        .containsExactly("/aws/lambda/a", "/aws/lambda/b", "/aws/lambda/c");
    assertThat(logs.groups("/aws/lambda/", 1, 1))
        .extracting(LogGroup::name)
        .containsExactly("/aws/lambda/b");
    assertThat(logs.groups("/aws/lambda_", 0, 10))
        .extracting(LogGroup::name)
        .containsExactly("/aws/lambda_c");
    assertThat(logs.groups("", 0, 100)).hasSize(6);
  }

  @Test
  void setsAndRemovesARetention() {
    logs.createGroup(GROUP, T0);

    assertThat(logs.setRetention(GROUP, 7)).isTrue();
    assertThat(logs.group(GROUP).orElseThrow().retentionInDays()).isEqualTo(7);
    assertThat(logs.setRetention(GROUP, null)).isTrue();
    assertThat(logs.group(GROUP).orElseThrow().retentionInDays()).isNull();
    assertThat(logs.setRetention("/missing", 7)).isFalse();
  }

  @Test
  void appendingCreatesGroupAndStreamAndCountsTimesAndBytes() {
    var ingested = T0.plus(Duration.ofMinutes(1));
    logs.append(GROUP, "s1", List.of(at(3, "héllo"), at(1, "a")), ingested);
    logs.append(GROUP, "s1", List.of(at(2, "bc")), ingested.plusSeconds(1));

    assertThat(logs.group(GROUP)).contains(new LogGroup(GROUP, ingested, null, 9));
    assertThat(logs.stream(GROUP, "s1"))
        .contains(
            new LogStream(
                GROUP,
                "s1",
                ingested,
                T0.plusSeconds(1),
                T0.plusSeconds(3),
                ingested.plusSeconds(1),
                9));
  }

  @Test
  void createsAStreamOnlyOnceWithoutEventTimes() {
    logs.createGroup(GROUP, T0);

    assertThat(logs.createStream(GROUP, "s", T0)).isTrue();
    assertThat(logs.createStream(GROUP, "s", T0)).isFalse();
    assertThat(logs.stream(GROUP, "s"))
        .contains(new LogStream(GROUP, "s", T0, null, null, null, 0));
  }

  @Test
  void deletingAStreamDeletesItsEvents() {
    logs.append(GROUP, "s1", List.of(at(1, "one")), T0);
    logs.append(GROUP, "s2", List.of(at(2, "two")), T0);

    assertThat(logs.deleteStream(GROUP, "s1")).isTrue();
    assertThat(logs.deleteStream(GROUP, "s1")).isFalse();

    assertThat(logs.stream(GROUP, "s1")).isEmpty();
    assertThat(messages(all(new EventSelection(GROUP, List.of(), null, null, null))))
        .containsExactly("two");
  }

  @Test
  void deletingAGroupDeletesItsStreamsAndEvents() {
    logs.append(GROUP, "s1", List.of(at(1, "one")), T0);

    assertThat(logs.deleteGroup(GROUP)).isTrue();
    assertThat(logs.deleteGroup(GROUP)).isFalse();

    assertThat(logs.stream(GROUP, "s1")).isEmpty();
    logs.append(GROUP, "s1", List.of(at(5, "again")), T0);
    assertThat(messages(all(EventSelection.ofStream(GROUP, "s1", null, null))))
        .containsExactly("again");
  }

  @Test
  void readsAStreamInTimeOrderThenInArrivalOrder() {
    logs.append(GROUP, "s", List.of(at(2, "b1"), at(2, "b2")), T0);
    logs.append(GROUP, "s", List.of(at(1, "a"), at(2, "b3")), T0);
    logs.append(GROUP, "other", List.of(at(0, "elsewhere")), T0);

    var selection = EventSelection.ofStream(GROUP, "s", null, null);
    assertThat(messages(all(selection))).containsExactly("a", "b1", "b2", "b3");
    assertThat(messages(logs.read(selection, null, null, false, 2))).containsExactly("b3", "b2");
  }

  @Test
  void readsStrictlyBetweenKeys() {
    logs.append(GROUP, "s", List.of(at(1, "a"), at(2, "b"), at(2, "c"), at(3, "d")), T0);
    var selection = EventSelection.ofStream(GROUP, "s", null, null);
    var events = all(selection);
    EventKey b = events.get(1).key();
    EventKey d = events.get(3).key();

    assertThat(messages(logs.read(selection, b, null, true, 10))).containsExactly("c", "d");
    assertThat(messages(logs.read(selection, null, d, false, 10))).containsExactly("c", "b", "a");
    assertThat(messages(logs.read(selection, b, d, true, 10))).containsExactly("c");
  }

  @Test
  void readsFromTheStartTimeUpToButNotIncludingTheEndTime() {
    logs.append(GROUP, "s", List.of(at(1, "a"), at(2, "b"), at(3, "c")), T0);

    var selection = EventSelection.ofStream(GROUP, "s", T0.plusSeconds(2), T0.plusSeconds(3));
    assertThat(messages(all(selection))).containsExactly("b");
  }

  @Test
  void readsAcrossTheGroupsStreamsByNameOrPrefix() {
    logs.append(GROUP, "2026/03/01/a", List.of(at(1, "a1"), at(4, "a4")), T0);
    logs.append(GROUP, "2026/03/01/b", List.of(at(2, "b2")), T0);
    logs.append(GROUP, "2026/03/02/c", List.of(at(3, "c3")), T0);
    logs.append("/aws/lambda/other", "2026/03/01/a", List.of(at(0, "x")), T0);

    assertThat(messages(all(new EventSelection(GROUP, List.of(), null, null, null))))
        .containsExactly("a1", "b2", "c3", "a4");
    assertThat(
            messages(
                all(
                    new EventSelection(
                        GROUP, List.of("2026/03/01/b", "2026/03/02/c"), null, null, null))))
        .containsExactly("b2", "c3");
    assertThat(messages(all(new EventSelection(GROUP, List.of(), "2026/03/01", null, null))))
        .containsExactly("a1", "b2", "a4");
  }

  @Test
  void listsStreamsByNameOrByLastEventTime() {
    logs.append(GROUP, "b", List.of(at(5, "x")), T0);
    logs.append(GROUP, "a", List.of(at(9, "x")), T0);
    logs.append(GROUP, "c", List.of(at(1, "x")), T0);
    logs.createStream(GROUP, "d", T0);

    assertThat(logs.streams(GROUP, "", StreamOrder.LOG_STREAM_NAME, false, 0, 10))
        .extracting(LogStream::name)
        .containsExactly("a", "b", "c", "d");
    assertThat(logs.streams(GROUP, "", StreamOrder.LOG_STREAM_NAME, true, 1, 2))
        .extracting(LogStream::name)
        .containsExactly("c", "b");
    assertThat(logs.streams(GROUP, "", StreamOrder.LAST_EVENT_TIME, true, 0, 10))
        .extracting(LogStream::name)
        .containsExactly("a", "b", "c", "d");
    assertThat(logs.streams(GROUP, "", StreamOrder.LAST_EVENT_TIME, false, 0, 10))
        .extracting(LogStream::name)
        .containsExactly("d", "c", "b", "a");
  }

  @Test
  void concurrentWritersOfOneGroupLoseNothing() throws Exception {
    int writers = 8;
    int batches = 20;
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(writers)) {
      var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
      for (int w = 0; w < writers; w++) {
        var stream = "s" + (w % 3);
        var writer = w;
        done.add(
            pool.submit(
                () -> {
                  for (int b = 0; b < batches; b++) {
                    logs.append(GROUP, stream, List.of(at(b, "w" + writer + "b" + b)), T0);
                  }
                }));
      }
      for (var future : done) {
        future.get();
      }
    }

    var all =
        logs.read(new EventSelection(GROUP, List.of(), null, null, null), null, null, true, 1000);
    assertThat(all).hasSize(writers * batches);
    assertThat(
            logs.streams(GROUP, "", StreamOrder.LOG_STREAM_NAME, false, 0, 10).stream()
                .mapToLong(LogStream::storedBytes)
                .sum())
        .isEqualTo(all.stream().mapToLong(e -> e.message().length()).sum());
  }

  @Test
  void keepsEventsAcrossARestart() {
    logs.append(GROUP, "s", List.of(at(1, "kept")), T0);

    reopen();

    assertThat(
            messages(
                store
                    .logs()
                    .read(EventSelection.ofStream(GROUP, "s", null, null), null, null, true, 10)))
        .containsExactly("kept");
  }
}
