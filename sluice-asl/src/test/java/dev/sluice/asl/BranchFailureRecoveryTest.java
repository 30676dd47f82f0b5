package dev.sluice.asl;

import static dev.sluice.asl.Machines.json;
import static dev.sluice.asl.Machines.machine;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BranchFailureRecoveryTest {

  @Test
  void catchesAFailStateInsideAParallelBranchAfterItsRetries() {
    StateMachine machine =
        machine(
            """
            {"StartAt":"P","States":{
              "P":{"Type":"Parallel","Next":"Ok",
                   "Branches":[{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Boom",
                                                            "Cause":"inner"}}}],
                   "Retry":[{"ErrorEquals":["Boom"],"MaxAttempts":2}],
                   "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.failure",
                             "Next":"Caught"}]},
              "Ok":{"Type":"Succeed"},
              "Caught":{"Type":"Pass","End":true}}}
            """);
    Step end = ExecutionRunner.run(machine, json("{\"in\":1}"), false, false).step();
    assertThat(end)
        .isEqualTo(
            new Step.Succeeded(
                json("{\"in\":1,\"failure\":{\"Error\":\"Boom\",\"Cause\":\"inner\"}}")));
  }

  @Test
  void failsTheExecutionWithTheBranchErrorWhenNothingCatchesIt() {
    StateMachine machine =
        machine(
            """
            {"StartAt":"P","States":{
              "P":{"Type":"Parallel","End":true,
                   "Branches":[{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"Boom"}}}],
                   "Catch":[{"ErrorEquals":["Other"],"Next":"Caught"}]},
              "Caught":{"Type":"Pass","End":true}}}
            """);
    assertThat(ExecutionRunner.run(machine, json("{}"), false, false).step())
        .isEqualTo(new Step.Failed("Boom", null));
  }
}
