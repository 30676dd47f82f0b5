package dev.sluice.aws.logs.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.logs.internal.LogsJson;
import dev.sluice.aws.logs.internal.LogsRequest;
import dev.sluice.core.logs.LogService;
import dev.sluice.core.result.Result;

/** {@code Logs_20140328.CreateLogStream}. */
public final class CreateLogStream implements LogsBinding {
  public record Input(String logGroupName, String logStreamName) {}

  private final LogService logs;

  public CreateLogStream(LogService logs) {
    this.logs = logs;
  }

  @Override
  public Result<ObjectNode> handle(LogsRequest request) {
    return request
        .input(Input.class)
        .flatMap(input -> logs.createLogStream(input.logGroupName(), input.logStreamName()))
        .map(stream -> LogsJson.object());
  }
}
