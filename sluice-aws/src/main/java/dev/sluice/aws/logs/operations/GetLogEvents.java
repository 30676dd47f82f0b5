package dev.sluice.aws.logs.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.logs.internal.LogsJson;
import dev.sluice.aws.logs.internal.LogsRequest;
import dev.sluice.core.logs.EventsPage;
import dev.sluice.core.logs.EventsQuery;
import dev.sluice.core.logs.LogService;
import dev.sluice.core.result.Result;

/** {@code Logs_20140328.GetLogEvents}: one stream's events with forward and backward tokens. */
public final class GetLogEvents implements LogsBinding {
  public record Input(
      String logGroupName,
      String logGroupIdentifier,
      String logStreamName,
      Long startTime,
      Long endTime,
      String nextToken,
      Integer limit,
      Boolean startFromHead) {}

  private final LogService logs;

  public GetLogEvents(LogService logs) {
    this.logs = logs;
  }

  @Override
  public Result<ObjectNode> handle(LogsRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                logs.getLogEvents(
                    new EventsQuery(
                        LogsRequest.groupName(input.logGroupName(), input.logGroupIdentifier()),
                        input.logStreamName(),
                        LogsJson.instant(input.startTime()),
                        LogsJson.instant(input.endTime()),
                        Boolean.TRUE.equals(input.startFromHead()),
                        input.nextToken(),
                        input.limit())))
        .map(GetLogEvents::render);
  }

  private static ObjectNode render(EventsPage page) {
    var node = LogsJson.object();
    LogsJson.putArray(node, "events", page.events(), LogsJson::outputEvent);
    node.put("nextForwardToken", page.nextForwardToken());
    node.put("nextBackwardToken", page.nextBackwardToken());
    return node;
  }
}
