package dev.sluice.it.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.logs.LogEvent;
import dev.sluice.it.support.LogsClients;
import dev.sluice.junit.SluiceExtension;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;

/** FilterLogEvents through the SDK: streams interleaved in time, patterns, paging. */
class FilterLogEventsTest {
  @RegisterExtension static SluiceExtension sluice = new SluiceExtension();

  private static final String GROUP = "/aws/lambda/filtered";
  private static final Instant T0 = Instant.parse("2026-11-21T00:00:00Z");

  @BeforeAll
  static void twoInstancesWithThreeInvocations() {
    var sink = sluice.sluice().logs();
    sink.append(GROUP, "2026/11/21/[$LATEST]aaaa", LambdaLines.invocation("r1", T0, "first ok"));
    sink.append(
        GROUP,
        "2026/11/21/[$LATEST]bbbb",
        LambdaLines.invocation("r2", T0.plusMillis(7), "ERROR boom"));
    sink.append(
        GROUP,
        "2026/11/21/[$LATEST]aaaa",
        LambdaLines.invocation("r3", T0.plusSeconds(1), "WARN slow"));
  }

  @Test
  void eventsOfAllStreamsComeInTimeOrderWithTheirStreamAndId() {
    try (var logs = LogsClients.logs(sluice.endpoint())) {
      var response = logs.filterLogEvents(r -> r.logGroupName(GROUP));

      assertThat(response.events()).hasSize(12);
      assertThat(response.events().subList(0, 3))
          .extracting(FilteredLogEvent::message)
          .containsExactly(
              "START RequestId: r1 Version: $LATEST\n",
              "first ok\n",
              "START RequestId: r2 Version: $LATEST\n");
      assertThat(response.events().get(2).logStreamName()).isEqualTo("2026/11/21/[$LATEST]bbbb");
      assertThat(response.events()).extracting(FilteredLogEvent::eventId).doesNotHaveDuplicates();
      assertThat(response.searchedLogStreams()).hasSize(2);
      assertThat(response.nextToken()).isNull();
    }
  }

  @Test
  void patternsSelectTermsPhrasesAndAlternatives() {
    try (var logs = LogsClients.logs(sluice.endpoint())) {
      assertThat(
              logs.filterLogEvents(r -> r.logGroupName(GROUP).filterPattern("?ERROR ?WARN"))
                  .events())
          .extracting(FilteredLogEvent::message)
          .containsExactly("ERROR boom\n", "WARN slow\n");
      assertThat(
              logs.filterLogEvents(
                      r -> r.logGroupName(GROUP).filterPattern("\"RequestId: r3\" END"))
                  .events())
          .extracting(FilteredLogEvent::message)
          .containsExactly("END RequestId: r3\n");
      assertThat(logs.filterLogEvents(r -> r.logGroupName(GROUP).filterPattern("REPORT")).events())
          .hasSize(3)
          .allSatisfy(e -> assertThat(e.message()).contains("Billed Duration: 13 ms"));
    }
  }

  @Test
  void streamNamesAndTimesNarrowTheSearch() {
    try (var logs = LogsClients.logs(sluice.endpoint())) {
      var byStream =
          logs.filterLogEvents(
              r -> r.logGroupName(GROUP).logStreamNames("2026/11/21/[$LATEST]bbbb"));
      var byTime =
          logs.filterLogEvents(
              r -> r.logGroupName(GROUP).startTime(T0.plusSeconds(1).toEpochMilli()));

      assertThat(byStream.events()).hasSize(4);
      assertThat(byTime.events())
          .hasSize(4)
          .first()
          .extracting(FilteredLogEvent::message)
          .isEqualTo("START RequestId: r3 Version: $LATEST\n");
    }
  }

  @Test
  void theSdkPaginatorReadsEveryPage() {
    var sink = sluice.sluice().logs();
    sink.append(
        "/many",
        "s",
        IntStream.range(0, 120).mapToObj(i -> new LogEvent(T0.plusMillis(i), "n" + i)).toList());
    try (var logs = LogsClients.logs(sluice.endpoint())) {
      var pages =
          logs.filterLogEventsPaginator(r -> r.logGroupName("/many").limit(50)).stream().toList();

      assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
      assertThat(pages.stream().flatMap(p -> p.events().stream()).map(FilteredLogEvent::message))
          .containsExactlyElementsOf(IntStream.range(0, 120).mapToObj(i -> "n" + i).toList());
    }
  }
}
