package dev.sluice.store.workflowservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.ExecutionQuery;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.NewExecution;
import dev.sluice.core.workflows.PageRequest;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class ExecutionListingTest extends WorkflowServiceFixture {

  private void start(String machine, String... names) {
    for (var name : names) {
      ok(service.startExecution(new NewExecution(machine, name, null, null)));
      clock.advance(Duration.ofSeconds(1));
    }
  }

  @Test
  void executionsComeNewestFirstInPages() {
    var machine = machine("m");
    start(machine, "e1", "e2", "e3", "e4", "e5");
    var names = new ArrayList<String>();
    String token = null;
    do {
      var page =
          ok(service.listExecutions(new ExecutionQuery(machine, null, new PageRequest(2, token))));
      page.items().stream().map(ExecutionRecord::name).forEach(names::add);
      token = page.nextToken();
    } while (token != null);

    assertThat(names).containsExactly("e5", "e4", "e3", "e2", "e1");
  }

  @Test
  void aStatusFilterKeepsThoseOfThatStatus() {
    var machine = machine("m");
    start(machine, "a", "b", "c");
    engine.end(PREFIX + "execution:m:b", ExecutionStatus.FAILED, null);

    var failed =
        ok(
            service.listExecutions(
                new ExecutionQuery(machine, ExecutionStatus.FAILED, PageRequest.first())));

    assertThat(failed.items()).extracting(ExecutionRecord::name).containsExactly("b");
    assertThat(failed.nextToken()).isNull();
  }

  @Test
  void aTokenOfAnotherListingIsInvalidToken() {
    var machine = machine("m");
    machine("n");
    var machinesToken = ok(service.listStateMachines(new PageRequest(1, null))).nextToken();

    fails(
        service.listExecutions(
            new ExecutionQuery(machine, null, new PageRequest(null, machinesToken))),
        "InvalidToken",
        "Invalid Token: 'Invalid token'");
  }

  @Test
  void executionsOfAnUnknownMachineAreStateMachineDoesNotExist() {
    fails(
        service.listExecutions(
            new ExecutionQuery(PREFIX + "stateMachine:nope", null, PageRequest.first())),
        "StateMachineDoesNotExist",
        "State Machine Does Not Exist: '" + PREFIX + "stateMachine:nope'");
  }

  @Test
  void executionsOfAnExpressMachineAreNotListed() {
    fails(
        service.listExecutions(
            new ExecutionQuery(machine("x", MachineType.EXPRESS), null, PageRequest.first())),
        "StateMachineTypeNotSupported",
        "This operation is not supported by this type of state machine");
  }

  @Test
  void aPageSizeOver1000IsAValidationException() {
    fails(
        service.listExecutions(new ExecutionQuery(machine("m"), null, new PageRequest(1001, null))),
        "ValidationException",
        "1 validation error detected: Value '1001' at 'maxResults' failed to satisfy constraint:"
            + " Member must have value less than or equal to 1000");
  }
}
