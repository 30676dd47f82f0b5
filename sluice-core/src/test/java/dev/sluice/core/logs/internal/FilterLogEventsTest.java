package dev.sluice.core.logs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.logs.FilterPage;
import dev.sluice.core.logs.FilterQuery;
import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.StoredEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FilterLogEventsTest {
  private static final Instant T0 = Instant.parse("2026-11-21T03:00:00Z");
  private static final String GROUP = "/aws/lambda/fn";

  private final StoreLogService logs = new StoreLogService(new InMemoryLogStore(), () -> T0);

  private FilterPage filter(String pattern, String token, Integer limit) {
    return logs.filterLogEvents(
            new FilterQuery(GROUP, List.of(), null, null, null, pattern, token, limit))
        .value();
  }

  private static List<String> messages(FilterPage page) {
    return page.events().stream().map(StoredEvent::message).toList();
  }

  @Test
  void interleavesTheStreamsInTimeOrder() {
    logs.append(GROUP, "a", List.of(new LogEvent(T0, "a0"), new LogEvent(T0.plusSeconds(2), "a2")));
    logs.append(GROUP, "b", List.of(new LogEvent(T0.plusSeconds(1), "b1")));

    var page = filter(null, null, null);

    assertThat(messages(page)).containsExactly("a0", "b1", "a2");
    assertThat(page.events()).extracting(StoredEvent::stream).containsExactly("a", "b", "a");
    assertThat(page.searchedStreams()).containsExactly("a", "b");
    assertThat(page.nextToken()).isNull();
  }

  @Test
  void pagesWithANextTokenUntilEveryMatchIsReturned() {
    logs.append(
        GROUP,
        "s",
        IntStream.range(0, 7)
            .mapToObj(i -> new LogEvent(T0.plusSeconds(i), (i % 2 == 0 ? "even " : "odd ") + i))
            .toList());

    var seen = new ArrayList<String>();
    String token = null;
    int pages = 0;
    do {
      var page = filter("even", token, 2);
      seen.addAll(messages(page));
      token = page.nextToken();
      pages++;
    } while (token != null);

    assertThat(seen).containsExactly("even 0", "even 2", "even 4", "even 6");
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void findsMatchesBeyondTheFirstBatchOfEventsRead() {
    var events = new ArrayList<LogEvent>();
    for (int i = 0; i < EventFilter.BATCH * 2 + 5; i++) {
      events.add(new LogEvent(T0.plusMillis(i), i == EventFilter.BATCH * 2 + 1 ? "needle" : "hay"));
    }
    logs.append(GROUP, "s", events);

    var page = filter("needle", null, null);

    assertThat(messages(page)).containsExactly("needle");
    assertThat(page.nextToken()).isNull();
  }

  @Test
  void eventIdsAreDistinctDigitStrings() {
    logs.append(GROUP, "s", List.of(new LogEvent(T0, "x"), new LogEvent(T0, "y")));

    var ids = filter(null, null, null).events().stream().map(e -> e.key().digits()).toList();

    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9]{35}"));
  }

  @Test
  void selectsStreamsByNameOrPrefixButNotBoth() {
    logs.append(GROUP, "2026/11/21/a", List.of(new LogEvent(T0, "a")));
    logs.append(GROUP, "2026/11/22/b", List.of(new LogEvent(T0, "b")));

    var byPrefix =
        logs.filterLogEvents(
            new FilterQuery(GROUP, List.of(), "2026/11/22", null, null, null, null, null));
    var both =
        logs.filterLogEvents(
            new FilterQuery(GROUP, List.of("x"), "2026", null, null, null, null, null));

    assertThat(messages(byPrefix.value())).containsExactly("b");
    assertThat(byPrefix.value().searchedStreams()).containsExactly("2026/11/22/b");
    assertThat(both.failure().code()).isEqualTo("InvalidParameterException");
  }

  @Test
  void aMissingGroupIsNotFound() {
    var failure =
        logs.filterLogEvents(
                new FilterQuery("/aws/lambda/none", List.of(), null, null, null, null, null, null))
            .failure();

    assertThat(failure.code()).isEqualTo("ResourceNotFoundException");
    assertThat(failure.message()).isEqualTo("The specified log group does not exist.");
  }
}
