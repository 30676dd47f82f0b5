package dev.sluice.core.logs;

import java.util.List;

/**
 * Where functions and jobs write their logs, in CloudWatch Logs' terms: a group (e.g. {@code
 * /aws/lambda/LambdaDP}) of streams (e.g. {@code 2026/11/21/[$LATEST]8f3c...}) of events. Groups
 * and streams are created on first use. Writes are durable when the call returns.
 */
@FunctionalInterface
public interface LogSink {

  void append(String group, String stream, List<LogEvent> events);
}
