package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/**
 * A machine's LoggingConfiguration as the engine uses it: which events its level selects, whether
 * inputs and outputs go along, and the CloudWatch Logs group they go to.
 *
 * @param level ALL, ERROR or FATAL (OFF gives no config)
 * @param includeExecutionData whether events keep their inputs and outputs
 * @param group the log group's name, from {@code
 *     arn:aws:logs:<region>:<account>:log-group:<name>:*}
 */
record LoggingConfig(String level, boolean includeExecutionData, String group) {
  /** The event types the FATAL level logs. */
  private static final Set<String> FATAL =
      Set.of("ExecutionAborted", "ExecutionFailed", "ExecutionTimedOut");

  /** The event types the ERROR level logs (the Step Functions guide's "Log levels" table). */
  private static final Set<String> ERROR =
      Set.of(
          "ExecutionAborted",
          "ExecutionFailed",
          "ExecutionTimedOut",
          "FailStateEntered",
          "LambdaFunctionFailed",
          "LambdaFunctionScheduleFailed",
          "LambdaFunctionStartFailed",
          "LambdaFunctionTimedOut",
          "MapStateAborted",
          "MapStateFailed",
          "MapIterationAborted",
          "MapIterationFailed",
          "MapRunAborted",
          "MapRunFailed",
          "ParallelStateAborted",
          "ParallelStateFailed",
          "TaskFailed",
          "TaskStartFailed",
          "TaskStateAborted",
          "TaskSubmitFailed",
          "TaskTimedOut",
          "WaitStateAborted");

  /** The configuration in {@code json}, or empty when it logs nothing (absent, OFF, no group). */
  static Optional<LoggingConfig> of(String json) {
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    JsonNode config = Json.read(json);
    String level = config.path("level").asText("OFF");
    String arn =
        config
            .path("destinations")
            .path(0)
            .path("cloudWatchLogsLogGroup")
            .path("logGroupArn")
            .asText("");
    int at = arn.indexOf(":log-group:");
    if (level.equals("OFF") || at < 0) {
      return Optional.empty();
    }
    String name = arn.substring(at + ":log-group:".length());
    int end = name.indexOf(':');
    return Optional.of(
        new LoggingConfig(
            level,
            config.path("includeExecutionData").asBoolean(false),
            end < 0 ? name : name.substring(0, end)));
  }

  /** Whether this level logs events of {@code type}. */
  boolean selects(String type) {
    return switch (level) {
      case "ALL" -> true;
      case "ERROR" -> ERROR.contains(type);
      case "FATAL" -> FATAL.contains(type);
      default -> false;
    };
  }
}
