package dev.sluice.it.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.it.support.LogsClients;
import dev.sluice.it.support.StepFunctionsClients;
import dev.sluice.junit.SluiceExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.LogLevel;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/** Machines with a LoggingConfiguration write their executions' events to CloudWatch Logs. */
class ExecutionLogsTest {
  @RegisterExtension static SluiceExtension sluice = new SluiceExtension();
  static final ObjectMapper JSON = new ObjectMapper();
  static final String PASS =
      """
      {"StartAt":"Greet","States":{"Greet":{"Type":"Pass",
        "Parameters":{"greeting.$":"States.Format('hello {}', $.who)"},"End":true}}}
      """;
  static final String FAIL =
      """
      {"StartAt":"Check","States":{"Check":{"Type":"Pass","Next":"Stop"},
        "Stop":{"Type":"Fail","Error":"Bad.Input","Cause":"no name"}}}
      """;
  static SfnClient sfn;
  static CloudWatchLogsClient logs;

  @BeforeAll
  static void clients() {
    sfn = StepFunctionsClients.sfn(sluice.endpoint());
    logs = LogsClients.logs(sluice.endpoint());
  }

  @Test
  void anExpressExecutionWritesEveryEventWithItsDataAtLevelAll() {
    String group = group();
    String execution = start(machine(StateMachineType.EXPRESS, PASS, group, LogLevel.ALL, true));

    List<JsonNode> lines = awaitLines(group, "ExecutionSucceeded");

    assertThat(lines)
        .extracting(l -> l.path("type").asText())
        .containsExactly(
            "ExecutionStarted", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    JsonNode last = lines.get(3);
    assertThat(last.path("details").path("output").asText())
        .isEqualTo("{\"greeting\":\"hello Ada\"}");
    assertThat(last.path("id").asText()).isEqualTo("4");
    assertThat(last.path("previous_event_id").asText()).isEqualTo("3");
    assertThat(last.path("execution_arn").asText()).isEqualTo(execution);
    assertThat(last.path("redrive_count").asText()).isEqualTo("0");
    assertThat(Long.parseLong(last.path("event_timestamp").asText())).isPositive();
    assertThat(lines.get(0).path("details").path("input").asText()).isEqualTo("{\"who\":\"Ada\"}");
    assertThat(logs.describeLogStreams(b -> b.logGroupName(group)).logStreams())
        .singleElement()
        .satisfies(
            s -> assertThat(s.logStreamName()).matches("states/[\\w-]+/[\\d-]{16}/[0-9a-f]{8}"));
  }

  @Test
  void aStandardExecutionLogsTheSameEventsItsHistoryHolds() {
    String group = group();
    String execution = start(machine(StateMachineType.STANDARD, PASS, group, LogLevel.ALL, true));

    List<JsonNode> lines = awaitLines(group, "ExecutionSucceeded");

    assertThat(sfn.describeExecution(b -> b.executionArn(execution)).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    List<String> history =
        sfn.getExecutionHistory(b -> b.executionArn(execution)).events().stream()
            .map(e -> e.id() + " " + e.typeAsString())
            .toList();
    assertThat(lines)
        .extracting(l -> l.path("id").asText() + " " + l.path("type").asText())
        .isEqualTo(history);
  }

  @Test
  void levelErrorWritesOnlyTheFailures() {
    String group = group();
    String execution = start(machine(StateMachineType.EXPRESS, FAIL, group, LogLevel.ERROR, true));

    List<JsonNode> lines = awaitLines(group, "ExecutionFailed");

    assertThat(lines)
        .extracting(l -> l.path("type").asText())
        .containsExactly("FailStateEntered", "ExecutionFailed");
    assertThat(lines.get(1).path("details").path("error").asText()).isEqualTo("Bad.Input");
    assertThat(lines.get(1).path("details").path("cause").asText()).isEqualTo("no name");
    assertThat(lines.get(1).path("execution_arn").asText()).isEqualTo(execution);
  }

  @Test
  void withoutExecutionDataTheLinesLeaveOutInputsAndOutputs() {
    String group = group();
    start(machine(StateMachineType.EXPRESS, PASS, group, LogLevel.ALL, false));

    List<JsonNode> lines = awaitLines(group, "ExecutionSucceeded");

    assertThat(lines).hasSize(4);
    assertThat(lines)
        .allSatisfy(
            l -> {
              assertThat(l.path("details").has("input")).isFalse();
              assertThat(l.path("details").has("output")).isFalse();
            });
    assertThat(lines.get(0).path("details").path("roleArn").asText())
        .isEqualTo(StepFunctionsClients.ROLE);
  }

  @Test
  void levelOffWritesNothing() throws InterruptedException {
    String group = group();
    String machine = machine(StateMachineType.STANDARD, PASS, group, LogLevel.OFF, true);
    String execution = start(machine);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                sfn.describeExecution(b -> b.executionArn(execution)).status()
                    == ExecutionStatus.SUCCEEDED);

    assertThat(lines(group)).isEmpty();
  }

  private static String group() {
    String group = "/aws/vendedlogs/states/logs-" + UUID.randomUUID().toString().substring(0, 8);
    logs.createLogGroup(b -> b.logGroupName(group));
    return group;
  }

  private static String machine(
      StateMachineType type, String definition, String group, LogLevel level, boolean data) {
    String arn = "arn:aws:logs:us-east-1:000000000000:log-group:" + group + ":*";
    return sfn.createStateMachine(
            b ->
                b.name("logged-" + UUID.randomUUID().toString().substring(0, 8))
                    .type(type)
                    .definition(definition)
                    .roleArn(StepFunctionsClients.ROLE)
                    .loggingConfiguration(
                        l ->
                            l.level(level)
                                .includeExecutionData(data)
                                .destinations(
                                    d -> d.cloudWatchLogsLogGroup(g -> g.logGroupArn(arn)))))
        .stateMachineArn();
  }

  private static String start(String machine) {
    return sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"who\":\"Ada\"}"))
        .executionArn();
  }

  private static List<JsonNode> awaitLines(String group, String lastType) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> lines(group).stream().anyMatch(l -> l.path("type").asText().equals(lastType)));
    return lines(group);
  }

  private static List<JsonNode> lines(String group) {
    return logs.filterLogEventsPaginator(b -> b.logGroupName(group)).events().stream()
        .map(FilteredLogEvent::message)
        .map(ExecutionLogsTest::read)
        .toList();
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
