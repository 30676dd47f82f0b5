package dev.sluice.core.logs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.logs.GroupQuery;
import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.StreamOrder;
import dev.sluice.core.logs.StreamQuery;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogServiceFailuresTest {
  private static final Instant T0 = Instant.parse("2026-11-21T03:00:00Z");

  private final StoreLogService logs = new StoreLogService(new InMemoryLogStore(), () -> T0);

  private static Failure failure(Result<?> result) {
    return result.failure();
  }

  @Test
  void aMissingGroupIsResourceNotFound() {
    assertThat(failure(logs.deleteLogGroup("/none")))
        .isEqualTo(
            Failure.of(
                "ResourceNotFoundException", 400, "The specified log group does not exist."));
    assertThat(failure(logs.createLogStream("/none", "s")).message())
        .isEqualTo("The specified log group does not exist.");
    assertThat(failure(logs.putRetentionPolicy("/none", 7)).code())
        .isEqualTo("ResourceNotFoundException");
  }

  @Test
  void aMissingStreamIsResourceNotFound() {
    logs.createLogGroup("/g");

    assertThat(failure(logs.putLogEvents("/g", "none", List.of(new LogEvent(T0, "x")))))
        .isEqualTo(
            Failure.of(
                "ResourceNotFoundException", 400, "The specified log stream does not exist."));
    assertThat(failure(logs.deleteLogStream("/g", "none")).message())
        .isEqualTo("The specified log stream does not exist.");
  }

  @Test
  void creatingAnExistingGroupOrStreamIsResourceAlreadyExists() {
    logs.createLogGroup("/g");
    logs.createLogStream("/g", "s");

    assertThat(failure(logs.createLogGroup("/g")))
        .isEqualTo(
            Failure.of(
                "ResourceAlreadyExistsException", 400, "The specified log group already exists"));
    assertThat(failure(logs.createLogStream("/g", "s")).message())
        .isEqualTo("The specified log stream already exists");
  }

  @Test
  void badNamesFailValidationAsCloudWatchLogsReportsIt() {
    assertThat(failure(logs.createLogGroup("bad name!")))
        .isEqualTo(
            Failure.of(
                "InvalidParameterException",
                400,
                "1 validation error detected: Value 'bad name!' at 'logGroupName' failed to"
                    + " satisfy constraint: Member must satisfy regular expression pattern:"
                    + " [\\.\\-_/#A-Za-z0-9]+"));
    logs.createLogGroup("/g");
    assertThat(failure(logs.createLogStream("/g", "a:b")).message())
        .contains("at 'logStreamName'", "[^:*]*");
    assertThat(failure(logs.createLogGroup("x".repeat(513))).message())
        .endsWith("Member must have length less than or equal to 512");
  }

  @Test
  void retentionMustBeOneOfTheAllowedDays() {
    logs.createLogGroup("/g");

    assertThat(failure(logs.putRetentionPolicy("/g", 2)).message())
        .startsWith("1 validation error detected: Value '2' at 'retentionInDays'")
        .contains("[1, 3, 5, 7, 14,");
    assertThat(logs.putRetentionPolicy("/g", 14).isOk()).isTrue();
    assertThat(
            logs.describeLogGroups(new GroupQuery("/g", null, null))
                .value()
                .groups()
                .getFirst()
                .retentionInDays())
        .isEqualTo(14);
  }

  @Test
  void putLogEventsWantsEventsInTimeOrder() {
    logs.createLogGroup("/g");
    logs.createLogStream("/g", "s");

    var unordered =
        logs.putLogEvents(
            "/g", "s", List.of(new LogEvent(T0.plusSeconds(1), "b"), new LogEvent(T0, "a")));

    assertThat(failure(unordered))
        .isEqualTo(
            Failure.of(
                "InvalidParameterException",
                400,
                "Log events in a single PutLogEvents request must be in chronological order."));
    assertThat(failure(logs.putLogEvents("/g", "s", List.of())).code())
        .isEqualTo("InvalidParameterException");
  }

  @Test
  void describeLimitsAreOneToFifty() {
    logs.createLogGroup("/g");

    assertThat(failure(logs.describeLogGroups(new GroupQuery(null, null, 51))).message())
        .isEqualTo(
            "1 validation error detected: Value '51' at 'limit' failed to satisfy constraint:"
                + " Member must have value less than or equal to 50");
    assertThat(
            failure(logs.describeLogStreams(new StreamQuery("/g", null, null, false, null, 0)))
                .code())
        .isEqualTo("InvalidParameterException");
  }

  @Test
  void streamsCannotBeOrderedByLastEventTimeWithAPrefix() {
    logs.createLogGroup("/g");

    assertThat(
            failure(
                    logs.describeLogStreams(
                        new StreamQuery("/g", "p", StreamOrder.LAST_EVENT_TIME, false, null, null)))
                .message())
        .isEqualTo("Cannot order by LastEventTime with a logStreamNamePrefix.");
  }
}
