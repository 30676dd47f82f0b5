package dev.sluice.aws.logs.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.logs.internal.LogsJson;
import dev.sluice.aws.logs.internal.LogsRequest;
import dev.sluice.core.logs.LogService;
import dev.sluice.core.result.Result;

/** {@code Logs_20140328.DeleteLogGroup}: the group with its streams and events. */
public final class DeleteLogGroup implements LogsBinding {
  public record Input(String logGroupName) {}

  private final LogService logs;

  public DeleteLogGroup(LogService logs) {
    this.logs = logs;
  }

  @Override
  public Result<ObjectNode> handle(LogsRequest request) {
    return request
        .input(Input.class)
        .flatMap(input -> logs.deleteLogGroup(input.logGroupName()))
        .map(done -> LogsJson.object());
  }
}
