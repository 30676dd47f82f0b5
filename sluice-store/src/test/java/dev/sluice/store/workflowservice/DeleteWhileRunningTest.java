package dev.sluice.store.workflowservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.NewExecution;
import dev.sluice.core.workflows.PageRequest;
import org.junit.jupiter.api.Test;

class DeleteWhileRunningTest extends WorkflowServiceFixture {

  @Test
  void aMachineWithRunningExecutionsIsMarkedDeletingUntilTheyEnd() {
    var machine = machine("m");
    var running = ok(service.startExecution(new NewExecution(machine, "run", null, null)));

    ok(service.deleteStateMachine(machine));

    assertThat(ok(service.describeStateMachine(machine)).deleting()).isTrue();
    fails(
        service.startExecution(new NewExecution(machine, "another", null, null)),
        "StateMachineDeleting",
        "State Machine is being deleted: '" + machine + "'");

    engine.end(running.arn(), ExecutionStatus.SUCCEEDED, "{}");

    fails(
        service.describeStateMachine(machine),
        "StateMachineDoesNotExist",
        "State Machine Does Not Exist: '" + machine + "'");
    assertThat(ok(service.listStateMachines(PageRequest.first())).items()).isEmpty();
    assertThat(ok(service.describeExecution(running.arn())).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void aDeletingMachineCanBeCreatedAgainOnlyOnceItIsGone() {
    var machine = machine("m");
    var running = ok(service.startExecution(new NewExecution(machine, "run", null, null)));
    ok(service.deleteStateMachine(machine));

    fails(
        service.createStateMachine(
            SCOPE,
            new dev.sluice.core.workflows.NewMachine(
                "m", PASS, ROLE, null, null, null, java.util.Map.of(), false, null)),
        "StateMachineDeleting",
        "State Machine is being deleted: '" + machine + "'");

    engine.end(running.arn(), ExecutionStatus.ABORTED, null);

    assertThat(machine("m")).isEqualTo(machine);
  }
}
