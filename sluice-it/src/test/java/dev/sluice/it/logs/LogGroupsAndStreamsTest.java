package dev.sluice.it.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.LogsClients;
import dev.sluice.junit.SluiceExtension;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.cloudwatchlogs.model.OrderBy;

/** Groups and streams through the SDK: created by the sink or by the API, described, deleted. */
class LogGroupsAndStreamsTest {
  @RegisterExtension static SluiceExtension sluice = new SluiceExtension();

  @Test
  void theSinkCreatesTheGroupAndStreamAFunctionWritesTo() {
    var start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    sluice
        .sluice()
        .logs()
        .append("/aws/lambda/sunk", LambdaLines.STREAM, LambdaLines.invocation("r1", start, "hi"));

    try (var logs = LogsClients.logs(sluice.endpoint(), Region.EU_WEST_1)) {
      var groups =
          logs.describeLogGroups(r -> r.logGroupNamePrefix("/aws/lambda/sunk")).logGroups();
      assertThat(groups).extracting(LogGroup::logGroupName).containsExactly("/aws/lambda/sunk");
      var group = groups.getFirst();
      assertThat(group.arn())
          .isEqualTo("arn:aws:logs:eu-west-1:000000000000:log-group:/aws/lambda/sunk:*");
      assertThat(group.logGroupArn())
          .isEqualTo("arn:aws:logs:eu-west-1:000000000000:log-group:/aws/lambda/sunk");
      assertThat(group.metricFilterCount()).isZero();
      assertThat(group.storedBytes()).isPositive();
      assertThat(group.creationTime())
          .isBetween(start.toEpochMilli() - 5_000, Instant.now().toEpochMilli());

      var stream =
          logs.describeLogStreams(r -> r.logGroupName("/aws/lambda/sunk")).logStreams().getFirst();
      assertThat(stream.logStreamName()).isEqualTo(LambdaLines.STREAM);
      assertThat(stream.firstEventTimestamp()).isEqualTo(start.toEpochMilli());
      assertThat(stream.lastEventTimestamp()).isEqualTo(start.toEpochMilli() + 10);
      assertThat(stream.lastIngestionTime()).isNotNull();
      assertThat(stream.arn())
          .isEqualTo(
              "arn:aws:logs:eu-west-1:000000000000:log-group:/aws/lambda/sunk:log-stream:"
                  + LambdaLines.STREAM);
    }
  }

  @Test
  @SuppressWarnings("deprecation") // LogStream.storedBytes: deprecated by AWS, still returned
  void groupsAndStreamsCreatedThroughTheApiTakeEventsAndPageByFives() {
    try (var logs = LogsClients.logs(sluice.endpoint())) {
      for (int i = 0; i < 7; i++) {
        var name = "/paged/ga" + i;
        logs.createLogGroup(b -> b.logGroupName(name));
      }
      var names =
          logs
              .describeLogGroupsPaginator(r -> r.logGroupNamePrefix("/paged/").limit(5))
              .logGroups()
              .stream()
              .map(LogGroup::logGroupName)
              .toList();
      assertThat(names).hasSize(7).isSorted();

      logs.createLogStream(r -> r.logGroupName("/paged/ga0").logStreamName("early"));
      logs.createLogStream(r -> r.logGroupName("/paged/ga0").logStreamName("late"));
      var now = Instant.now().toEpochMilli();
      logs.putLogEvents(
          r ->
              r.logGroupName("/paged/ga0")
                  .logStreamName("late")
                  .logEvents(InputLogEvent.builder().timestamp(now).message("late one").build()));
      logs.putLogEvents(
          r ->
              r.logGroupName("/paged/ga0")
                  .logStreamName("early")
                  .logEvents(
                      List.of(
                          InputLogEvent.builder().timestamp(now - 2000).message("a").build(),
                          InputLogEvent.builder().timestamp(now - 1000).message("b").build())));

      var byTime =
          logs.describeLogStreams(
              r -> r.logGroupName("/paged/ga0").orderBy(OrderBy.LAST_EVENT_TIME).descending(true));
      assertThat(byTime.logStreams())
          .extracting(LogStream::logStreamName)
          .containsExactly("late", "early");
      assertThat(byTime.logStreams().get(1).storedBytes()).isEqualTo(2);
    }
  }

  @Test
  void retentionIsShownOnceSetAndGoneOnceDeleted() {
    try (var logs = LogsClients.logs(sluice.endpoint())) {
      logs.createLogGroup(r -> r.logGroupName("/retained"));
      logs.putRetentionPolicy(r -> r.logGroupName("/retained").retentionInDays(30));
      assertThat(
              logs.describeLogGroups(r -> r.logGroupNamePrefix("/retained"))
                  .logGroups()
                  .getFirst()
                  .retentionInDays())
          .isEqualTo(30);

      logs.deleteRetentionPolicy(r -> r.logGroupName("/retained"));
      assertThat(
              logs.describeLogGroups(r -> r.logGroupNamePrefix("/retained"))
                  .logGroups()
                  .getFirst()
                  .retentionInDays())
          .isNull();
    }
  }

  @Test
  void deletingAGroupRemovesItsStreams() {
    try (var logs = LogsClients.logs(sluice.endpoint())) {
      logs.createLogGroup(r -> r.logGroupName("/doomed"));
      logs.createLogStream(r -> r.logGroupName("/doomed").logStreamName("s"));
      logs.deleteLogStream(r -> r.logGroupName("/doomed").logStreamName("s"));
      assertThat(logs.describeLogStreams(r -> r.logGroupName("/doomed")).logStreams()).isEmpty();

      logs.deleteLogGroup(r -> r.logGroupName("/doomed"));
      assertThat(logs.describeLogGroups(r -> r.logGroupNamePrefix("/doomed")).logGroups())
          .isEmpty();
    }
  }
}
