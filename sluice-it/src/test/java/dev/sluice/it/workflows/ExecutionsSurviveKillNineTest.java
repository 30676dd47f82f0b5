package dev.sluice.it.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.ServerProcess;
import dev.sluice.it.support.SluiceCli;
import dev.sluice.it.support.StepFunctionsClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Standard executions waiting in a one-day Wait (and one inside a Parallel branch) when Sluice is
 * killed with SIGKILL continue after the restart from where they stood: fast-forwarding the clock a
 * day ends them, and no state was entered twice.
 */
class ExecutionsSurviveKillNineTest {
  private static final String MACHINE =
      """
      {"StartAt":"Before","States":{
        "Before":{"Type":"Pass","Result":{"step":1},"ResultPath":"$.before","Next":"Both"},
        "Both":{"Type":"Parallel","Next":"After","Branches":[
          {"StartAt":"Nap","States":{"Nap":{"Type":"Wait","Seconds":86400,"End":true}}},
          {"StartAt":"Quick","States":{"Quick":{"Type":"Pass","Result":"done","End":true}}}]},
        "After":{"Type":"Pass","End":true}}}
      """;

  @Test
  void waitingExecutionsContinueAfterARestartAndEnterNoStateTwice(@TempDir Path dir)
      throws Exception {
    var data = dir.resolve("data");
    var log = dir.resolve("server.log");
    List<String> executions = new ArrayList<>();
    try (var server = ServerProcess.start(data, log)) {
      var sfn = StepFunctionsClients.sfn(server.endpoint());
      String machine =
          sfn.createStateMachine(
                  b -> b.name("napper").definition(MACHINE).roleArn(StepFunctionsClients.ROLE))
              .stateMachineArn();
      for (int i = 0; i < 5; i++) {
        String name = "run-" + i;
        executions.add(
            sfn.startExecution(b -> b.stateMachineArn(machine).name(name).input("{}"))
                .executionArn());
      }
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> executions.stream().allMatch(arn -> entered(sfn, arn, "Nap")));
      server.kill();
    }

    try (var server = ServerProcess.start(data, log)) {
      var sfn = StepFunctionsClients.sfn(server.endpoint());
      assertThat(status(sfn, executions.get(0))).isEqualTo(ExecutionStatus.RUNNING);

      var advanced =
          SluiceCli.run("time", "advance", "1d", "--endpoint", server.endpoint().toString());
      assertThat(advanced.exitCode()).as(advanced.output()).isZero();

      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  executions.stream()
                      .allMatch(arn -> status(sfn, arn) == ExecutionStatus.SUCCEEDED));
      for (String arn : executions) {
        List<HistoryEvent> history = sfn.getExecutionHistory(b -> b.executionArn(arn)).events();
        for (String state : List.of("Before", "Both", "Nap", "Quick", "After")) {
          assertThat(
                  history.stream()
                      .filter(e -> e.stateEnteredEventDetails() != null)
                      .filter(e -> e.stateEnteredEventDetails().name().equals(state)))
              .as("%s entered in %s", state, arn)
              .hasSize(1);
        }
        assertThat(sfn.describeExecution(b -> b.executionArn(arn)).output())
            .contains("\"before\":{\"step\":1}");
      }
    }
  }

  private static boolean entered(
      software.amazon.awssdk.services.sfn.SfnClient sfn, String arn, String state) {
    return sfn.getExecutionHistory(b -> b.executionArn(arn)).events().stream()
        .anyMatch(
            e ->
                e.stateEnteredEventDetails() != null
                    && e.stateEnteredEventDetails().name().equals(state));
  }

  private static ExecutionStatus status(
      software.amazon.awssdk.services.sfn.SfnClient sfn, String arn) {
    return sfn.describeExecution(b -> b.executionArn(arn)).status();
  }
}
