package dev.sluice.it.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.conformance.CaseFiles;
import java.util.UUID;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.sfn.model.CloudWatchLogsLogGroup;
import software.amazon.awssdk.services.sfn.model.LogDestination;
import software.amazon.awssdk.services.sfn.model.LogLevel;
import software.amazon.awssdk.services.sfn.model.LoggingConfiguration;

/**
 * How an asynchronous EXPRESS execution ended, read as AWS users read it (AWS keeps no
 * DescribeExecution for it): from the events its machine logs to CloudWatch Logs.
 */
final class ExpressOutcomes {
  private final CloudWatchLogsClient logs;

  ExpressOutcomes(CloudWatchLogsClient logs) {
    this.logs = logs;
  }

  /** Status, output, error and cause of one ended execution. */
  record Outcome(String status, String output, String error, String cause) {}

  /** A new log group and the configuration that logs every event with its data there. */
  LoggingConfiguration newGroup() {
    String group = "/aws/vendedlogs/states/case-" + UUID.randomUUID().toString().substring(0, 8);
    logs.createLogGroup(b -> b.logGroupName(group));
    String arn = "arn:aws:logs:us-east-1:" + CaseRunner.ACCOUNT + ":log-group:" + group + ":*";
    return LoggingConfiguration.builder()
        .level(LogLevel.ALL)
        .includeExecutionData(true)
        .destinations(
            LogDestination.builder()
                .cloudWatchLogsLogGroup(CloudWatchLogsLogGroup.builder().logGroupArn(arn).build())
                .build())
        .build();
  }

  /** The execution's end event in {@code config}'s group, or null while there is none. */
  Outcome ended(LoggingConfiguration config, String executionArn) {
    String arn = config.destinations().get(0).cloudWatchLogsLogGroup().logGroupArn();
    String group = arn.substring(arn.indexOf(":log-group:") + 11, arn.length() - 2);
    for (FilteredLogEvent event :
        logs.filterLogEventsPaginator(b -> b.logGroupName(group)).events()) {
      JsonNode line = read(event.message());
      if (line.path("execution_arn").asText().equals(executionArn)) {
        Outcome outcome = outcome(line);
        if (outcome != null) {
          return outcome;
        }
      }
    }
    return null;
  }

  private static Outcome outcome(JsonNode line) {
    JsonNode details = line.path("details");
    String error = details.path("error").asText(null);
    String cause = details.path("cause").asText(null);
    return switch (line.path("type").asText()) {
      case "ExecutionSucceeded" ->
          new Outcome("SUCCEEDED", details.path("output").asText(null), null, null);
      case "ExecutionFailed" -> new Outcome("FAILED", null, error, cause);
      case "ExecutionTimedOut" -> new Outcome("TIMED_OUT", null, error, cause);
      case "ExecutionAborted" -> new Outcome("ABORTED", null, error, cause);
      default -> null;
    };
  }

  private static JsonNode read(String text) {
    try {
      return CaseFiles.JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a log line is not JSON: " + text, e);
    }
  }
}
