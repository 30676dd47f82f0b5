package dev.sluice.it.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.logs.LogEvent;
import dev.sluice.it.support.LogsClients;
import dev.sluice.junit.SluiceExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;

/** GetLogEvents through the SDK: newest page first, tokens both ways, the same token at the end. */
class GetLogEventsTest {
  @RegisterExtension static SluiceExtension sluice = new SluiceExtension();

  private static final String GROUP = "/aws/lambda/paged";
  private static final Instant T0 = Instant.parse("2026-11-21T00:00:00Z");

  @BeforeAll
  static void twentyFiveEvents() {
    sluice
        .sluice()
        .logs()
        .append(
            GROUP,
            LambdaLines.STREAM,
            IntStream.range(0, 25)
                .mapToObj(i -> new LogEvent(T0.plusSeconds(i), "line " + i))
                .toList());
  }

  private static GetLogEventsResponse get(Boolean startFromHead, String token, int limit) {
    try (var logs = LogsClients.logs(sluice.endpoint())) {
      return logs.getLogEvents(
          r ->
              r.logGroupName(GROUP)
                  .logStreamName(LambdaLines.STREAM)
                  .startFromHead(startFromHead)
                  .nextToken(token)
                  .limit(limit));
    }
  }

  @Test
  void withoutATokenTheNewestEventsComeOldestFirst() {
    var page = get(null, null, 3);

    assertThat(page.events())
        .extracting(OutputLogEvent::message)
        .containsExactly("line 22", "line 23", "line 24");
    assertThat(page.events().getFirst().timestamp()).isEqualTo(T0.plusSeconds(22).toEpochMilli());
    assertThat(page.events().getFirst().ingestionTime()).isNotNull();
    assertThat(page.nextForwardToken()).startsWith("f/");
    assertThat(page.nextBackwardToken()).startsWith("b/");
  }

  @Test
  void forwardTokensReadEverythingFromTheHeadAndRepeatAtTheEnd() {
    var messages = new ArrayList<String>();
    var page = get(true, null, 10);
    messages.addAll(page.events().stream().map(OutputLogEvent::message).toList());
    String token;
    do {
      token = page.nextForwardToken();
      page = get(true, token, 10);
      messages.addAll(page.events().stream().map(OutputLogEvent::message).toList());
    } while (!page.nextForwardToken().equals(token));

    assertThat(messages)
        .containsExactlyElementsOf(IntStream.range(0, 25).mapToObj(i -> "line " + i).toList());
    assertThat(page.events()).isEmpty();
  }

  @Test
  void backwardTokensReadTowardsTheStart() {
    var newest = get(false, null, 10);
    var before = get(false, newest.nextBackwardToken(), 10);
    var oldest = get(false, before.nextBackwardToken(), 10);
    var start = get(false, oldest.nextBackwardToken(), 10);

    assertThat(before.events().getFirst().message()).isEqualTo("line 5");
    assertThat(oldest.events()).extracting(OutputLogEvent::message).startsWith("line 0").hasSize(5);
    assertThat(start.events()).isEmpty();
    assertThat(start.nextBackwardToken()).isEqualTo(oldest.nextBackwardToken());
  }

  @Test
  void theSdkPaginatorStopsWhenTheTokenRepeats() {
    try (var logs = LogsClients.logs(sluice.endpoint())) {
      var all =
          logs
              .getLogEventsPaginator(
                  r ->
                      r.logGroupName(GROUP)
                          .logStreamName(LambdaLines.STREAM)
                          .startFromHead(true)
                          .limit(7))
              .events()
              .stream()
              .toList();

      assertThat(all).hasSize(25);
    }
  }

  @Test
  void theTimeWindowSelectsEvents() {
    try (var logs = LogsClients.logs(sluice.endpoint())) {
      var page =
          logs.getLogEvents(
              r ->
                  r.logGroupName(GROUP)
                      .logStreamName(LambdaLines.STREAM)
                      .startTime(T0.plusSeconds(3).toEpochMilli())
                      .endTime(T0.plusSeconds(6).toEpochMilli()));

      assertThat(page.events())
          .extracting(OutputLogEvent::message)
          .containsExactly("line 3", "line 4", "line 5");
    }
  }
}
