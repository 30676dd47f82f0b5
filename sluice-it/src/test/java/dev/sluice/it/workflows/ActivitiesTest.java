package dev.sluice.it.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.StepFunctionsClients;
import dev.sluice.junit.SluiceExtension;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/** Activity workers: the long poll hands out the task, and the worker's answer ends the state. */
class ActivitiesTest {
  @RegisterExtension static SluiceExtension sluice = new SluiceExtension();
  static SfnClient sfn;

  @BeforeAll
  static void client() {
    sfn = StepFunctionsClients.sfn(sluice.endpoint());
  }

  private static String machine(String name, String activityArn) {
    String definition =
        """
        {"StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"%s",
          "Parameters":{"job.$":"$.job"},"ResultPath":"$.result","End":true}}}
        """
            .formatted(activityArn);
    return sfn.createStateMachine(
            b -> b.name(name).definition(definition).roleArn(StepFunctionsClients.ROLE))
        .stateMachineArn();
  }

  @Test
  void aWaitingWorkerGetsTheTaskAndItsSuccessEndsTheExecution() throws Exception {
    String activity = sfn.createActivity(b -> b.name("resize")).activityArn();
    String machine = machine("resizer", activity);
    CompletableFuture<GetActivityTaskResponse> poll =
        CompletableFuture.supplyAsync(
            () -> sfn.getActivityTask(b -> b.activityArn(activity).workerName("worker-1")));
    Thread.sleep(300);
    String execution =
        sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"job\":\"img-7\"}"))
            .executionArn();

    GetActivityTaskResponse task = poll.get();
    assertThat(task.input()).isEqualTo("{\"job\":\"img-7\"}");
    sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"size\":42}"));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                sfn.describeExecution(b -> b.executionArn(execution)).status()
                    == ExecutionStatus.SUCCEEDED);
    assertThat(sfn.describeExecution(b -> b.executionArn(execution)).output())
        .isEqualTo("{\"job\":\"img-7\",\"result\":{\"size\":42}}");
    var types =
        sfn.getExecutionHistory(b -> b.executionArn(execution)).events().stream()
            .map(e -> e.typeAsString())
            .toList();
    assertThat(types)
        .containsSubsequence(
            "TaskStateEntered",
            "ActivityScheduled",
            "ActivityStarted",
            "ActivitySucceeded",
            "TaskStateExited",
            "ExecutionSucceeded");
  }

  @Test
  void aWorkersFailureFailsTheExecutionAndASecondAnswerIsRefused() {
    String activity = sfn.createActivity(b -> b.name("flaky")).activityArn();
    String machine = machine("flaky-runner", activity);
    String execution =
        sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"job\":1}")).executionArn();

    GetActivityTaskResponse task =
        sfn.getActivityTask(b -> b.activityArn(activity).workerName("worker-2"));
    sfn.sendTaskFailure(b -> b.taskToken(task.taskToken()).error("Disk.Full").cause("no space"));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                sfn.describeExecution(b -> b.executionArn(execution)).status()
                    == ExecutionStatus.FAILED);
    var described = sfn.describeExecution(b -> b.executionArn(execution));
    assertThat(described.error()).isEqualTo("Disk.Full");
    assertThat(described.cause()).isEqualTo("no space");
    assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{}")))
        .isInstanceOf(TaskTimedOutException.class);
  }
}
