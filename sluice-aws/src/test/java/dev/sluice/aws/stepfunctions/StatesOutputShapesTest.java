package dev.sluice.aws.stepfunctions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.MachineCreated;
import dev.sluice.core.workflows.MachineRecord;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.Page;
import dev.sluice.core.workflows.ResourceScope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Output shapes: members, epoch-second timestamps, defaults Step Functions fills in. */
class StatesOutputShapesTest extends StatesCalls {
  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00.123Z");
  private static final String MACHINE = PREFIX + "stateMachine:m";

  private static ExecutionRecord execution(ExecutionStatus status, String output, Instant stop) {
    return new ExecutionRecord(
        PREFIX + "execution:m:run",
        MACHINE,
        "run",
        MachineType.STANDARD,
        status,
        "{}",
        "arn:aws:iam::123456789012:role/r",
        "{\"a\":1}",
        output,
        null,
        null,
        T0,
        stop,
        MACHINE + ":1",
        null,
        0,
        null,
        null);
  }

  @Test
  void aDescribedExecutionHasEpochSecondsAndItsRedriveStatus() throws Exception {
    service.answer(
        "DescribeExecution",
        Result.ok(execution(ExecutionStatus.SUCCEEDED, "{\"b\":2}", T0.plusMillis(1500))));

    var body =
        json(call("DescribeExecution", "{\"executionArn\":\"" + PREFIX + "execution:m:run\"}"));

    assertThat(body.path("startDate").isNumber()).isTrue();
    assertThat(body.path("startDate").decimalValue()).isEqualByComparingTo("1772366400.123");
    assertThat(body.path("stopDate").decimalValue()).isEqualByComparingTo("1772366401.623");
    assertThat(body.path("input").asText()).isEqualTo("{\"a\":1}");
    assertThat(body.path("inputDetails").path("included").asBoolean()).isTrue();
    assertThat(body.path("output").asText()).isEqualTo("{\"b\":2}");
    assertThat(body.path("stateMachineVersionArn").asText()).isEqualTo(MACHINE + ":1");
    assertThat(body.has("stateMachineAliasArn")).isFalse();
    assertThat(body.path("redriveCount").asInt()).isZero();
    assertThat(body.path("redriveStatus").asText()).isEqualTo("NOT_REDRIVABLE");
    assertThat(body.path("redriveStatusReason").asText())
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");
  }

  @Test
  void historyEventsCarryTheirDetailsUnderTheirKey() throws Exception {
    var details = JsonNodeFactory.instance.objectNode().put("name", "P");
    service.answer(
        "GetExecutionHistory",
        Result.ok(
            new Page<>(
                List.of(
                    new HistoryEvent(
                        2, 0, T0, "PassStateEntered", "stateEnteredEventDetails", details),
                    new HistoryEvent(3, 2, T0, "ExecutionAborted", null, null)),
                "next")));

    var body =
        json(call("GetExecutionHistory", "{\"executionArn\":\"" + PREFIX + "execution:m:r\"}"));

    var first = body.path("events").get(0);
    assertThat(first.path("id").asLong()).isEqualTo(2);
    assertThat(first.path("previousEventId").asLong()).isZero();
    assertThat(first.path("type").asText()).isEqualTo("PassStateEntered");
    assertThat(first.path("timestamp").decimalValue()).isEqualByComparingTo("1772366400.123");
    assertThat(first.path("stateEnteredEventDetails").path("name").asText()).isEqualTo("P");
    assertThat(body.path("events").get(1).size()).isEqualTo(4);
    assertThat(body.path("nextToken").asText()).isEqualTo("next");
  }

  @Test
  void aPollWithoutATaskAnswersAnEmptyObject() throws Exception {
    service.answer("GetActivityTask", Result.ok(Optional.empty()));

    var body = json(call("GetActivityTask", "{\"activityArn\":\"" + PREFIX + "activity:a\"}"));

    assertThat(body.size()).isZero();
  }

  @Test
  void machinesAreCreatedInTheCallersRegionAndAccount() throws Exception {
    service.answer("CreateStateMachine", Result.ok(new MachineCreated(MACHINE, T0, null)));

    var body =
        json(
            call(
                "CreateStateMachine",
                "{\"name\":\"m\",\"definition\":\"{}\",\"roleArn\":\"arn:aws:iam::1:role/r\","
                    + "\"loggingConfiguration\":{\"level\":\"ERROR\"},\"tags\":[{\"key\":\"k\",\"value\":\"v\"}]}"));

    assertThat(body.path("stateMachineArn").asText()).isEqualTo(MACHINE);
    assertThat(body.has("stateMachineVersionArn")).isFalse();
    var call = service.calls.get(0);
    assertThat(call.get(1)).isEqualTo(new ResourceScope("eu-west-1", "123456789012"));
    var machine = (dev.sluice.core.workflows.NewMachine) call.get(2);
    assertThat(machine.loggingConfiguration()).isEqualTo("{\"level\":\"ERROR\"}");
    assertThat(machine.tags()).containsEntry("k", "v");
  }

  @Test
  void aDescribedMachineHasDefaultLoggingAndTracing() throws Exception {
    service.answer(
        "DescribeStateMachine",
        Result.ok(
            new MachineRecord(
                MACHINE,
                "m",
                MachineType.EXPRESS,
                "{}",
                "role",
                null,
                T0,
                "rev",
                null,
                null,
                null,
                true)));

    var body = json(call("DescribeStateMachine", "{\"stateMachineArn\":\"" + MACHINE + "\"}"));

    assertThat(body.path("status").asText()).isEqualTo("DELETING");
    assertThat(body.path("type").asText()).isEqualTo("EXPRESS");
    assertThat(body.path("loggingConfiguration").toString())
        .isEqualTo("{\"level\":\"OFF\",\"includeExecutionData\":false}");
    assertThat(body.path("tracingConfiguration").toString()).isEqualTo("{\"enabled\":false}");
    assertThat(body.path("revisionId").asText()).isEqualTo("rev");
    assertThat(body.has("description")).isFalse();
  }

  @Test
  void aSyncExecutionIsBilledIn100MillisecondSteps() throws Exception {
    var ended = execution(ExecutionStatus.SUCCEEDED, "{}", T0.plusMillis(234));
    service.answer("StartSyncExecution", Result.ok(ended));

    var body = json(call("StartSyncExecution", "{\"stateMachineArn\":\"" + MACHINE + "\"}"));

    assertThat(body.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(body.path("output").asText()).isEqualTo("{}");
    assertThat(body.path("billingDetails").path("billedDurationInMilliseconds").asLong())
        .isEqualTo(300);
    assertThat(body.path("billingDetails").path("billedMemoryUsedInMB").asLong()).isEqualTo(64);
  }

  @Test
  void aFailedValidationListsAtMostMaxResultsDiagnostics() throws Exception {
    service.answer(
        "ValidateStateMachineDefinition",
        Result.ok(
            new dev.sluice.core.workflows.DefinitionReport(
                List.of(
                    new dev.sluice.core.workflows.DefinitionDiagnostic("ERROR", "A", "first", "/"),
                    new dev.sluice.core.workflows.DefinitionDiagnostic(
                        "ERROR", "B", "second", null)))));

    var body =
        json(call("ValidateStateMachineDefinition", "{\"definition\":\"{}\",\"maxResults\":1}"));

    assertThat(body.path("result").asText()).isEqualTo("FAIL");
    assertThat(body.path("diagnostics")).hasSize(1);
    assertThat(body.path("diagnostics").get(0).toString())
        .isEqualTo(
            "{\"severity\":\"ERROR\",\"code\":\"A\",\"message\":\"first\",\"location\":\"/\"}");
    assertThat(body.path("truncated").asBoolean()).isTrue();
  }
}
