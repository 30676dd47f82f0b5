package dev.sluice.aws.logs.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.logs.internal.LogsJson;
import dev.sluice.aws.logs.internal.LogsRequest;
import dev.sluice.core.logs.FilterPage;
import dev.sluice.core.logs.FilterQuery;
import dev.sluice.core.logs.LogService;
import dev.sluice.core.result.Result;
import java.util.List;

/**
 * {@code Logs_20140328.FilterLogEvents}: the matching events of a group's streams in time order
 * ({@code aws logs tail} reads logs this way).
 */
public final class FilterLogEvents implements LogsBinding {
  public record Input(
      String logGroupName,
      String logGroupIdentifier,
      List<String> logStreamNames,
      String logStreamNamePrefix,
      Long startTime,
      Long endTime,
      String filterPattern,
      String nextToken,
      Integer limit) {}

  private final LogService logs;

  public FilterLogEvents(LogService logs) {
    this.logs = logs;
  }

  @Override
  public Result<ObjectNode> handle(LogsRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                logs.filterLogEvents(
                    new FilterQuery(
                        LogsRequest.groupName(input.logGroupName(), input.logGroupIdentifier()),
                        input.logStreamNames(),
                        input.logStreamNamePrefix(),
                        LogsJson.instant(input.startTime()),
                        LogsJson.instant(input.endTime()),
                        input.filterPattern(),
                        input.nextToken(),
                        input.limit())))
        .map(FilterLogEvents::render);
  }

  private static ObjectNode render(FilterPage page) {
    var node = LogsJson.object();
    LogsJson.putArray(node, "events", page.events(), LogsJson::filteredEvent);
    var searched = node.putArray("searchedLogStreams");
    for (var stream : page.searchedStreams()) {
      searched
          .addObject()
          .put("logStreamName", stream)
          .put("searchedCompletely", page.nextToken() == null);
    }
    if (page.nextToken() != null) {
      node.put("nextToken", page.nextToken());
    }
    return node;
  }
}
