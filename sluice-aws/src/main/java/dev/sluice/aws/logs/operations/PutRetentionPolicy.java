package dev.sluice.aws.logs.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.logs.internal.LogsJson;
import dev.sluice.aws.logs.internal.LogsRequest;
import dev.sluice.core.logs.LogService;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;

/**
 * {@code Logs_20140328.PutRetentionPolicy}: records the retention DescribeLogGroups shows (Sluice
 * does not expire events).
 */
public final class PutRetentionPolicy implements LogsBinding {
  public record Input(String logGroupName, Integer retentionInDays) {}

  private final LogService logs;

  public PutRetentionPolicy(LogService logs) {
    this.logs = logs;
  }

  @Override
  public Result<ObjectNode> handle(LogsRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                input.retentionInDays() == null
                    ? Result.<Void>err(
                        Failure.of(
                            "InvalidParameterException",
                            400,
                            "1 validation error detected: Value null at 'retentionInDays' failed"
                                + " to satisfy constraint: Member must not be null"))
                    : logs.putRetentionPolicy(input.logGroupName(), input.retentionInDays()))
        .map(done -> LogsJson.object());
  }
}
