package dev.sluice.core.logs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.logs.EventsPage;
import dev.sluice.core.logs.EventsQuery;
import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.StoredEvent;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetLogEventsPagingTest {
  private static final Instant T0 = Instant.parse("2026-11-21T03:00:00Z");
  private static final String GROUP = "/aws/lambda/fn";
  private static final String STREAM = "2026/11/21/[$LATEST]abc";

  private final StoreLogService logs = new StoreLogService(new InMemoryLogStore(), () -> T0);

  @BeforeEach
  void tenEvents() {
    write(0, 10);
  }

  private void write(int from, int to) {
    logs.append(
        GROUP,
        STREAM,
        IntStream.range(from, to).mapToObj(i -> new LogEvent(T0.plusSeconds(i), "e" + i)).toList());
  }

  private EventsPage page(boolean startFromHead, String token, Integer limit) {
    return logs.getLogEvents(
            new EventsQuery(GROUP, STREAM, null, null, startFromHead, token, limit))
        .value();
  }

  private static List<String> messages(EventsPage page) {
    return page.events().stream().map(StoredEvent::message).toList();
  }

  @Test
  void withoutATokenReturnsTheNewestEventsOldestFirst() {
    assertThat(messages(page(false, null, 3))).containsExactly("e7", "e8", "e9");
  }

  @Test
  void fromTheHeadReturnsTheOldestEvents() {
    assertThat(messages(page(true, null, 3))).containsExactly("e0", "e1", "e2");
  }

  @Test
  void tokensLookLikeCloudWatchLogsTokens() {
    var page = page(true, null, 3);

    assertThat(page.nextForwardToken()).matches("f/[0-9]{35}");
    assertThat(page.nextBackwardToken()).matches("b/[0-9]{35}");
  }

  @Test
  void theForwardTokenReadsOnAndComesBackUnchangedAtTheEnd() {
    var first = page(true, null, 4);
    var second = page(false, first.nextForwardToken(), 4);
    var third = page(false, second.nextForwardToken(), 4);
    var end = page(false, third.nextForwardToken(), 4);

    assertThat(messages(second)).containsExactly("e4", "e5", "e6", "e7");
    assertThat(messages(third)).containsExactly("e8", "e9");
    assertThat(messages(end)).isEmpty();
    assertThat(end.nextForwardToken()).isEqualTo(third.nextForwardToken());
  }

  @Test
  void theBackwardTokenReadsBackAndComesBackUnchangedAtTheStart() {
    var newest = page(false, null, 4);
    var before = page(false, newest.nextBackwardToken(), 4);
    var oldest = page(false, before.nextBackwardToken(), 4);
    var start = page(false, oldest.nextBackwardToken(), 4);

    assertThat(messages(before)).containsExactly("e2", "e3", "e4", "e5");
    assertThat(messages(oldest)).containsExactly("e0", "e1");
    assertThat(messages(start)).isEmpty();
    assertThat(start.nextBackwardToken()).isEqualTo(oldest.nextBackwardToken());
  }

  @Test
  void theLastForwardTokenReadsEventsWrittenLater() {
    var all = page(true, null, 100);
    var end = page(true, all.nextForwardToken(), 100);

    write(10, 12);

    assertThat(messages(end)).isEmpty();
    assertThat(messages(page(true, end.nextForwardToken(), 100))).containsExactly("e10", "e11");
  }

  @Test
  void anEmptyPagesForwardTokenThenBackwardTokenLeadBackToTheEvents() {
    var end = page(true, page(true, null, 100).nextForwardToken(), 100);

    assertThat(messages(page(true, end.nextBackwardToken(), 2))).containsExactly("e8", "e9");
  }

  @Test
  void theTimeWindowIncludesTheStartAndExcludesTheEnd() {
    var page =
        logs.getLogEvents(
                new EventsQuery(
                    GROUP, STREAM, T0.plusSeconds(2), T0.plusSeconds(5), true, null, null))
            .value();

    assertThat(messages(page)).containsExactly("e2", "e3", "e4");
  }

  @Test
  void anEmptyStreamGivesTokensThatReadNothing() {
    logs.createLogStream(GROUP, "empty");
    var page = logs.getLogEvents(new EventsQuery(GROUP, "empty", null, null, false, null, null));

    assertThat(page.value().events()).isEmpty();
    var again =
        logs.getLogEvents(
            new EventsQuery(
                GROUP, "empty", null, null, false, page.value().nextForwardToken(), null));
    assertThat(again.value().nextForwardToken()).isEqualTo(page.value().nextForwardToken());
  }

  @Test
  void aMalformedTokenIsAnInvalidParameter() {
    for (var token : List.of("x", "f/12", "g/00000000000000000000000000000000000", "f-1")) {
      var failure =
          logs.getLogEvents(new EventsQuery(GROUP, STREAM, null, null, true, token, null))
              .failure();
      assertThat(failure.code()).isEqualTo("InvalidParameterException");
      assertThat(failure.message()).isEqualTo("The specified nextToken is invalid.");
    }
  }

  @Test
  void aLimitAboveTenThousandIsRefused() {
    var failure =
        logs.getLogEvents(new EventsQuery(GROUP, STREAM, null, null, true, null, 10_001)).failure();

    assertThat(failure.code()).isEqualTo("InvalidParameterException");
    assertThat(failure.message())
        .isEqualTo(
            "1 validation error detected: Value '10001' at 'limit' failed to satisfy constraint:"
                + " Member must have value less than or equal to 10000");
  }
}
