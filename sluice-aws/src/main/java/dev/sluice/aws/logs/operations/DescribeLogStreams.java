package dev.sluice.aws.logs.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.logs.internal.LogsJson;
import dev.sluice.aws.logs.internal.LogsRequest;
import dev.sluice.core.logs.LogService;
import dev.sluice.core.logs.StreamOrder;
import dev.sluice.core.logs.StreamPage;
import dev.sluice.core.logs.StreamQuery;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;

/**
 * {@code Logs_20140328.DescribeLogStreams}: by name (with a prefix) or by last event time, either
 * way round, in pages of up to 50.
 */
public final class DescribeLogStreams implements LogsBinding {
  public record Input(
      String logGroupName,
      String logGroupIdentifier,
      String logStreamNamePrefix,
      String orderBy,
      Boolean descending,
      String nextToken,
      Integer limit) {}

  private final LogService logs;

  public DescribeLogStreams(LogService logs) {
    this.logs = logs;
  }

  @Override
  public Result<ObjectNode> handle(LogsRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                order(input.orderBy())
                    .flatMap(
                        order ->
                            logs.describeLogStreams(
                                new StreamQuery(
                                    LogsRequest.groupName(
                                        input.logGroupName(), input.logGroupIdentifier()),
                                    input.logStreamNamePrefix(),
                                    order,
                                    Boolean.TRUE.equals(input.descending()),
                                    input.nextToken(),
                                    input.limit()))))
        .map(page -> render(page, request));
  }

  private static Result<StreamOrder> order(String orderBy) {
    if (orderBy == null || orderBy.equals("LogStreamName")) {
      return Result.ok(StreamOrder.LOG_STREAM_NAME);
    }
    if (orderBy.equals("LastEventTime")) {
      return Result.ok(StreamOrder.LAST_EVENT_TIME);
    }
    return Result.err(
        Failure.of(
            "InvalidParameterException",
            400,
            "1 validation error detected: Value '"
                + orderBy
                + "' at 'orderBy' failed to satisfy constraint: Member must satisfy enum value"
                + " set: [LogStreamName, LastEventTime]"));
  }

  private static ObjectNode render(StreamPage page, LogsRequest request) {
    return LogsJson.page(
        "logStreams", page.streams(), stream -> LogsJson.stream(stream, request), page.nextToken());
  }
}
