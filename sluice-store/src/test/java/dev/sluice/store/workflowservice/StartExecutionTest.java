package dev.sluice.store.workflowservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.NewExecution;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StartExecutionTest extends WorkflowServiceFixture {

  @Test
  void anExecutionIsStartedRunningWithTheMachinesDefinitionAndRole() {
    var machine = machine("m");

    var started = ok(service.startExecution(new NewExecution(machine, "run-1", "{\"a\":1}", "t")));

    assertThat(started.arn()).isEqualTo(PREFIX + "execution:m:run-1");
    assertThat(started.machineArn()).isEqualTo(machine);
    assertThat(started.status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(started.definition()).isEqualTo(PASS);
    assertThat(started.roleArn()).isEqualTo(ROLE);
    assertThat(started.input()).isEqualTo("{\"a\":1}");
    assertThat(started.traceHeader()).isEqualTo("t");
    assertThat(started.started()).isEqualTo(clock.now());
    assertThat(ok(service.describeExecution(started.arn()))).isEqualTo(started);
  }

  @Test
  void withoutANameAndInputTheNameIsAUuidAndTheInputAnEmptyObject() {
    var started = ok(service.startExecution(new NewExecution(machine("m"), null, null, null)));

    assertThat(started.name())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(started.input()).isEqualTo("{}");
  }

  @Test
  void namesWithForbiddenCharactersAreInvalidName() {
    var machine = machine("m");

    for (var name : new String[] {"a b", "a#b", "a\u0007b", "{x}", "a\u0085b"}) {
      fails(
          service.startExecution(new NewExecution(machine, name, null, null)),
          "InvalidName",
          "Invalid Name: '" + name + "'");
    }
  }

  @Test
  void anUnknownMachineIsReportedBeforeTheNameAndTheInput() {
    fails(
        service.startExecution(new NewExecution(PREFIX + "stateMachine:nope", "a b", "{", null)),
        "StateMachineDoesNotExist",
        "State Machine Does Not Exist: '" + PREFIX + "stateMachine:nope'");
  }

  @Test
  void inputThatIsNotJsonIsInvalidExecutionInputWithTheParsersMessage() {
    var machine = machine("m");

    fails(
        service.startExecution(new NewExecution(machine, "a", "not json", null)),
        "InvalidExecutionInput",
        "Invalid State Machine Execution Input: 'Unrecognized token 'not': was expecting (JSON"
            + " String, Number, Array, Object or token 'null', 'true' or 'false')'");
    fails(
        service.startExecution(new NewExecution(machine, "b", "", null)),
        "InvalidExecutionInput",
        "Invalid State Machine Execution Input: 'Invalid execution input.'");
    assertThat(service.startExecution(new NewExecution(machine, "c", "42", null)).isOk()).isTrue();
  }

  @Test
  void inputOver256KibIsAValidationException() {
    var big = "\"" + "a".repeat(262_144) + "\"";

    fails(
        service.startExecution(new NewExecution(machine("m"), "a", big, null)),
        "ValidationException",
        "1 validation error detected: Value at 'input' failed to satisfy constraint: Member must"
            + " have size less than or equal to 262144 bytes in UTF-8 encoding");
  }

  @Test
  void startingARunningExecutionAgainWithTheSameInputReturnsIt() {
    var machine = machine("m");
    var first = ok(service.startExecution(new NewExecution(machine, "same", "{}", null)));
    clock.advance(Duration.ofSeconds(5));

    var again = ok(service.startExecution(new NewExecution(machine, "same", "{}", null)));

    assertThat(again).isEqualTo(first);
  }

  @Test
  void startingItWithOtherInputIsExecutionAlreadyExists() {
    var machine = machine("m");
    var first = ok(service.startExecution(new NewExecution(machine, "same", "{}", null)));
    clock.advance(Duration.ofSeconds(5));

    fails(
        service.startExecution(new NewExecution(machine, "same", "{\"x\":1}", null)),
        "ExecutionAlreadyExists",
        "Execution Already Exists: '" + first.arn() + "'");
  }

  @Test
  void startingAnEndedExecutionAgainIsExecutionAlreadyExists() {
    var machine = machine("m");
    var first = ok(service.startExecution(new NewExecution(machine, "same", "{}", null)));
    clock.advance(Duration.ofSeconds(5));
    engine.end(first.arn(), ExecutionStatus.SUCCEEDED, "{}");

    fails(
        service.startExecution(new NewExecution(machine, "same", "{}", null)),
        "ExecutionAlreadyExists",
        "Execution Already Exists: '" + first.arn() + "'");
  }

  @Test
  void anExpressExecutionGoesToTheEngineInMemoryWithAnExpressArn() {
    var machine = machine("fast", MachineType.EXPRESS);

    var started = ok(service.startExecution(new NewExecution(machine, "run", null, null)));

    assertThat(started.arn()).startsWith(PREFIX + "express:fast:run:");
    assertThat(started.type()).isEqualTo(MachineType.EXPRESS);
    assertThat(engine.calls).containsExactly("startExpress false");
    assertThat(store.workflows().findExecution(started.arn())).isEmpty();
  }

  @Test
  void aSyncExecutionRunsToItsEnd() {
    var machine = machine("fast", MachineType.EXPRESS);

    var ended = ok(service.startSyncExecution(new NewExecution(machine, "run", "[1]", null)));

    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(engine.calls).containsExactly("startExpress true");
  }

  @Test
  void aSyncExecutionOfAStandardMachineIsNotSupported() {
    fails(
        service.startSyncExecution(new NewExecution(machine("m"), "run", null, null)),
        "StateMachineTypeNotSupported",
        "This operation is not supported by this type of state machine");
    assertThat(engine.started).isEmpty();
  }

  @Test
  void stoppingAnExecutionAsksTheEngine() {
    var started = ok(service.startExecution(new NewExecution(machine("m"), "run", null, null)));

    var stopped = ok(service.stopExecution(started.arn(), "Err", "because"));

    assertThat(stopped.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(engine.calls).containsExactly("stop " + started.arn() + " Err because");
    fails(
        service.stopExecution(PREFIX + "execution:m:other", null, null),
        "ExecutionDoesNotExist",
        "Execution Does Not Exist: '" + PREFIX + "execution:m:other'");
  }

  @Test
  void theMachineForAnExecutionIsTheDefinitionItRan() {
    var machine = machine("m");
    var started = ok(service.startExecution(new NewExecution(machine, "run", null, null)));
    var other = "{\"StartAt\":\"Q\",\"States\":{\"Q\":{\"Type\":\"Succeed\"}}}";
    ok(
        service.updateStateMachine(
            new dev.sluice.core.workflows.MachineUpdate(
                machine, other, null, null, null, false, null)));

    var ran = ok(service.describeStateMachineForExecution(started.arn()));

    assertThat(ran.arn()).isEqualTo(machine);
    assertThat(ran.name()).isEqualTo("m");
    assertThat(ran.definition()).isEqualTo(PASS);
    assertThat(ok(service.describeStateMachine(machine)).definition()).isEqualTo(other);
  }
}
