package dev.sluice.aws.logs.operations;

import dev.sluice.core.logs.LogService;
import java.util.Map;
import java.util.Optional;

/** One binding per CloudWatch Logs operation Sluice answers, by operation name. */
public final class LogsBindings {
  private final Map<String, LogsBinding> bindings;

  public LogsBindings(LogService logs) {
    this.bindings =
        Map.ofEntries(
            Map.entry("CreateLogGroup", new CreateLogGroup(logs)),
            Map.entry("DeleteLogGroup", new DeleteLogGroup(logs)),
            Map.entry("CreateLogStream", new CreateLogStream(logs)),
            Map.entry("DeleteLogStream", new DeleteLogStream(logs)),
            Map.entry("PutLogEvents", new PutLogEvents(logs)),
            Map.entry("PutRetentionPolicy", new PutRetentionPolicy(logs)),
            Map.entry("DeleteRetentionPolicy", new DeleteRetentionPolicy(logs)),
            Map.entry("DescribeLogGroups", new DescribeLogGroups(logs)),
            Map.entry("DescribeLogStreams", new DescribeLogStreams(logs)),
            Map.entry("GetLogEvents", new GetLogEvents(logs)),
            Map.entry("FilterLogEvents", new FilterLogEvents(logs)));
  }

  public Optional<LogsBinding> get(String operation) {
    return Optional.ofNullable(bindings.get(operation));
  }
}
