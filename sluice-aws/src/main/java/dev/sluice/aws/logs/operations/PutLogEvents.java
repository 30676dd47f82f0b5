package dev.sluice.aws.logs.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.logs.internal.LogsJson;
import dev.sluice.aws.logs.internal.LogsRequest;
import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogService;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.List;

/**
 * {@code Logs_20140328.PutLogEvents} into an existing stream. Sequence tokens are accepted and
 * ignored, as CloudWatch Logs now does.
 */
public final class PutLogEvents implements LogsBinding {
  public record Input(String logGroupName, String logStreamName, List<InputEvent> logEvents) {}

  public record InputEvent(Long timestamp, String message) {}

  private final LogService logs;

  public PutLogEvents(LogService logs) {
    this.logs = logs;
  }

  @Override
  public Result<ObjectNode> handle(LogsRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input -> logs.putLogEvents(input.logGroupName(), input.logStreamName(), events(input)))
        .map(done -> LogsJson.object());
  }

  private static List<LogEvent> events(Input input) {
    if (input.logEvents() == null) {
      return null;
    }
    return input.logEvents().stream()
        .map(
            e ->
                new LogEvent(
                    e.timestamp() == null ? null : Instant.ofEpochMilli(e.timestamp()),
                    e.message()))
        .toList();
  }
}
