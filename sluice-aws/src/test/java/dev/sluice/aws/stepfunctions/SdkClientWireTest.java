package dev.sluice.aws.stepfunctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sluice.aws.http.EndpointServer;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.MachineCreated;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.NewMachine;
import dev.sluice.core.workflows.Page;
import dev.sluice.core.workflows.ResourceScope;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.LogLevel;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.Tag;

/** The AWS SDK for Java v2's Step Functions client reads what the endpoint writes. */
class SdkClientWireTest {
  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00.123Z");
  private static final String PREFIX = "arn:aws:states:us-east-1:000000000000:";

  private final StubWorkflowService service = new StubWorkflowService();
  private EndpointServer server;
  private SfnClient sfn;

  @BeforeEach
  void start() throws Exception {
    server = new EndpointServer(new StepFunctionsEndpoint(service, "us-east-1"));
    sfn = server.client(SfnClient.builder());
  }

  @AfterEach
  void stop() {
    sfn.close();
    server.close();
  }

  @Test
  void aServiceFailureBecomesTheSdksModelledException() {
    var arn = PREFIX + "stateMachine:nope";
    service.answer(
        "DescribeStateMachine",
        Result.err(
            Failure.of(
                "StateMachineDoesNotExist", 400, "State Machine Does Not Exist: '" + arn + "'")));

    var error =
        catchThrowableOfType(
            StateMachineDoesNotExistException.class,
            () -> sfn.describeStateMachine(r -> r.stateMachineArn(arn)));

    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("State Machine Does Not Exist: '" + arn + "'");
    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.requestId()).isEqualTo("req-1");
  }

  @Test
  void aConstraintFailureIsAValidationException() {
    var error =
        catchThrowableOfType(
            SfnException.class, () -> sfn.listStateMachines(r -> r.maxResults(1001)));

    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    assertThat(service.calls).isEmpty();
  }

  @Test
  void createStateMachineSendsItsMembersAndReadsTheAnswer() {
    service.answer(
        "CreateStateMachine",
        Result.ok(new MachineCreated(PREFIX + "stateMachine:m", T0, PREFIX + "stateMachine:m:1")));

    var created =
        sfn.createStateMachine(
            r ->
                r.name("m")
                    .definition("{}")
                    .roleArn("arn:aws:iam::000000000000:role/r")
                    .type("EXPRESS")
                    .publish(true)
                    .loggingConfiguration(l -> l.level(LogLevel.ERROR).includeExecutionData(true))
                    .tags(Tag.builder().key("k").value("v").build()));

    assertThat(created.creationDate()).isEqualTo(T0);
    assertThat(created.stateMachineVersionArn()).isEqualTo(PREFIX + "stateMachine:m:1");
    assertThat(service.calls.get(0).get(1))
        .isEqualTo(new ResourceScope("us-east-1", "000000000000"));
    var machine = (NewMachine) service.calls.get(0).get(2);
    assertThat(machine.type()).isEqualTo(MachineType.EXPRESS);
    assertThat(machine.publish()).isTrue();
    assertThat(machine.tags()).containsEntry("k", "v");
    assertThat(machine.loggingConfiguration()).contains("\"level\":\"ERROR\"");
  }

  @Test
  void aDescribedExecutionIsReadWithItsTimesAndStatus() {
    service.answer(
        "DescribeExecution",
        Result.ok(
            new ExecutionRecord(
                PREFIX + "execution:m:run",
                PREFIX + "stateMachine:m",
                "run",
                MachineType.STANDARD,
                ExecutionStatus.FAILED,
                "{}",
                "role",
                "{\"a\":1}",
                null,
                "States.TaskFailed",
                "boom",
                T0,
                T0.plusSeconds(2),
                null,
                null,
                1,
                T0.plusSeconds(1),
                null)));

    var described = sfn.describeExecution(r -> r.executionArn(PREFIX + "execution:m:run"));

    assertThat(described.startDate()).isEqualTo(T0);
    assertThat(described.stopDate()).isEqualTo(T0.plusSeconds(2));
    assertThat(described.statusAsString()).isEqualTo("FAILED");
    assertThat(described.error()).isEqualTo("States.TaskFailed");
    assertThat(described.redriveCount()).isEqualTo(1);
    assertThat(described.redriveStatusAsString()).isEqualTo("REDRIVABLE");
    assertThat(described.input()).isEqualTo("{\"a\":1}");
  }

  @Test
  void historyEventsAreReadIntoTheirTypedDetails() {
    var details = JsonNodeFactory.instance.objectNode().put("name", "P").put("input", "{}");
    details.putObject("inputDetails").put("truncated", false);
    service.answer(
        "GetExecutionHistory",
        Result.ok(
            new Page<>(
                List.of(
                    new HistoryEvent(
                        2, 1, T0, "PassStateEntered", "stateEnteredEventDetails", details)),
                null)));

    var history = sfn.getExecutionHistory(r -> r.executionArn(PREFIX + "execution:m:run"));

    var event = history.events().get(0);
    assertThat(event.type()).isEqualTo(HistoryEventType.PASS_STATE_ENTERED);
    assertThat(event.id()).isEqualTo(2);
    assertThat(event.previousEventId()).isEqualTo(1);
    assertThat(event.timestamp()).isEqualTo(T0);
    assertThat(event.stateEnteredEventDetails().name()).isEqualTo("P");
    assertThat(event.stateEnteredEventDetails().inputDetails().truncated()).isFalse();
    assertThat(history.nextToken()).isNull();
  }
}
