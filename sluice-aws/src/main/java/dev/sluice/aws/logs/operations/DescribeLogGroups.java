package dev.sluice.aws.logs.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.logs.internal.LogsJson;
import dev.sluice.aws.logs.internal.LogsRequest;
import dev.sluice.core.logs.GroupPage;
import dev.sluice.core.logs.GroupQuery;
import dev.sluice.core.logs.LogService;
import dev.sluice.core.result.Result;

/** {@code Logs_20140328.DescribeLogGroups}: by name, with a prefix, in pages of up to 50. */
public final class DescribeLogGroups implements LogsBinding {
  public record Input(String logGroupNamePrefix, String nextToken, Integer limit) {}

  private final LogService logs;

  public DescribeLogGroups(LogService logs) {
    this.logs = logs;
  }

  @Override
  public Result<ObjectNode> handle(LogsRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                logs.describeLogGroups(
                    new GroupQuery(input.logGroupNamePrefix(), input.nextToken(), input.limit())))
        .map(page -> render(page, request));
  }

  private static ObjectNode render(GroupPage page, LogsRequest request) {
    return LogsJson.page(
        "logGroups", page.groups(), group -> LogsJson.group(group, request), page.nextToken());
  }
}
