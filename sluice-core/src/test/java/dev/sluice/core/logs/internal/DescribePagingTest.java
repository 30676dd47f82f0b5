package dev.sluice.core.logs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.logs.GroupQuery;
import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogGroup;
import dev.sluice.core.logs.LogStream;
import dev.sluice.core.logs.StreamOrder;
import dev.sluice.core.logs.StreamQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescribePagingTest {
  private static final Instant T0 = Instant.parse("2026-11-21T03:00:00Z");

  private final StoreLogService logs = new StoreLogService(new InMemoryLogStore(), () -> T0);

  @Test
  void groupsComeInPagesWithATokenUntilTheLast() {
    for (int i = 0; i < 5; i++) {
      logs.createLogGroup("/aws/lambda/f" + i);
    }
    logs.createLogGroup("/aws/glue/j");

    var names = new ArrayList<String>();
    var tokens = new ArrayList<String>();
    String token = null;
    do {
      var page = logs.describeLogGroups(new GroupQuery("/aws/lambda/", token, 2)).value();
      page.groups().stream().map(LogGroup::name).forEach(names::add);
      token = page.nextToken();
      tokens.add(token);
    } while (token != null);

    assertThat(names)
        .containsExactly(
            "/aws/lambda/f0",
            "/aws/lambda/f1",
            "/aws/lambda/f2",
            "/aws/lambda/f3",
            "/aws/lambda/f4");
    assertThat(tokens).hasSize(3);
  }

  @Test
  void aFullLastPageHasNoToken() {
    logs.createLogGroup("/a");
    logs.createLogGroup("/b");

    assertThat(logs.describeLogGroups(new GroupQuery(null, null, 2)).value().nextToken()).isNull();
  }

  @Test
  void streamsComeNewestFirstByLastEventTimeWhenDescending() {
    logs.append("/g", "old", List.of(new LogEvent(T0, "x")));
    logs.append("/g", "new", List.of(new LogEvent(T0.plusSeconds(60), "x")));
    logs.append("/g", "mid", List.of(new LogEvent(T0.plusSeconds(30), "x")));

    var first =
        logs.describeLogStreams(
                new StreamQuery("/g", null, StreamOrder.LAST_EVENT_TIME, true, null, 2))
            .value();
    var second =
        logs.describeLogStreams(
                new StreamQuery(
                    "/g", null, StreamOrder.LAST_EVENT_TIME, true, first.nextToken(), 2))
            .value();

    assertThat(first.streams()).extracting(LogStream::name).containsExactly("new", "mid");
    assertThat(second.streams()).extracting(LogStream::name).containsExactly("old");
    assertThat(second.nextToken()).isNull();
    assertThat(first.streams().getFirst().lastEventTimestamp()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void aForeignTokenIsAnInvalidParameter() {
    assertThat(logs.describeLogGroups(new GroupQuery(null, "garbage", null)).failure().message())
        .isEqualTo("The specified nextToken is invalid.");
  }
}
