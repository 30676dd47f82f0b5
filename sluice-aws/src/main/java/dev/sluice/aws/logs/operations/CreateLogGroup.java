package dev.sluice.aws.logs.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.logs.internal.LogsJson;
import dev.sluice.aws.logs.internal.LogsRequest;
import dev.sluice.core.logs.LogService;
import dev.sluice.core.result.Result;

/** {@code Logs_20140328.CreateLogGroup}. */
public final class CreateLogGroup implements LogsBinding {
  /** The input shape (tags, kmsKeyId and logGroupClass are accepted and ignored). */
  public record Input(String logGroupName) {}

  private final LogService logs;

  public CreateLogGroup(LogService logs) {
    this.logs = logs;
  }

  @Override
  public Result<ObjectNode> handle(LogsRequest request) {
    return request
        .input(Input.class)
        .flatMap(input -> logs.createLogGroup(input.logGroupName()))
        .map(group -> LogsJson.object());
  }
}
