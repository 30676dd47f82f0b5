package dev.sluice.it.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.StepFunctionsClients;
import dev.sluice.junit.SluiceExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** A state whose output passes 256 KiB fails with States.DataLimitExceeded, which Catch takes. */
class PayloadLimitTest {
  @RegisterExtension static SluiceExtension sluice = new SluiceExtension();

  @Test
  void anOutputOverTheLimitFailsTheStateAndCanBeCaught() {
    var sfn = StepFunctionsClients.sfn(sluice.endpoint());
    String definition =
        """
        {"StartAt":"Double","States":{
          "Double":{"Type":"Parallel","Next":"Done","Branches":[
            {"StartAt":"Twice","States":{"Twice":{"Type":"Pass",
              "Parameters":{"a.$":"$.s","b.$":"$.s"},"End":true}}}],
            "Catch":[{"ErrorEquals":["States.DataLimitExceeded"],"ResultPath":"$.error",
                      "Next":"Caught"}]},
          "Caught":{"Type":"Pass","Parameters":{"error.$":"$.error.Error"},"End":true},
          "Done":{"Type":"Succeed"}}}
        """;
    String machine =
        sfn.createStateMachine(
                b -> b.name("doubler").definition(definition).roleArn(StepFunctionsClients.ROLE))
            .stateMachineArn();
    String input = "{\"s\":\"" + "x".repeat(150 * 1024) + "\"}";

    String execution =
        sfn.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                sfn.describeExecution(b -> b.executionArn(execution)).status()
                    == ExecutionStatus.SUCCEEDED);
    assertThat(sfn.describeExecution(b -> b.executionArn(execution)).output())
        .isEqualTo("{\"error\":\"States.DataLimitExceeded\"}");
  }
}
