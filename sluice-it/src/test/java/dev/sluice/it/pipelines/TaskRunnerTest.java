package dev.sluice.it.pipelines;

import static dev.sluice.it.pipelines.Refusals.refuses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;
import software.amazon.awssdk.services.datapipeline.model.TaskObject;
import software.amazon.awssdk.services.datapipeline.model.TaskStatus;

/**
 * An external task runner: an activity with a {@code workerGroup} is handed out by PollForTask
 * (once, to that group only, with its objects and expressions evaluated), kept alive with
 * ReportTaskProgress and ended with SetTaskStatus; FAILED is retried after retryDelay, a runner
 * that stops reporting times out, and unknown task ids are TaskNotFoundException.
 */
@ExtendWith(SluiceExtension.class)
class TaskRunnerTest {
  static Pipelines pipelines;
  static DataPipelineClient client;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
    client = pipelines.client();
  }

  @Test
  void aPolledTaskThatFinishesFinishesThePipeline() {
    var id = remote("remote-ok", "group-ok");
    var instance = pipelines.instance(id, "Remote");

    var task = poll("group-ok");

    assertThat(task.pipelineId()).isEqualTo(id);
    assertThat(task.attemptId()).isEqualTo(instance + "_Attempt=1");
    assertThat(task.objects()).containsKey(task.attemptId());
    var attempt = Pipelines.byKey(task.objects().get(task.attemptId()).fields());
    assertThat(attempt.get("command"))
        .containsExactly("process " + pipelines.field(id, instance, "@scheduledStartTime"));
    assertThat(client.pollForTask(b -> b.workerGroup("group-ok")).taskObject()).isNull();
    assertThat(pipelines.status(id, task.attemptId())).isEqualTo("RUNNING");
    assertThat(pipelines.field(id, task.attemptId(), "hostname")).isEqualTo("runner-1");

    var progress = client.reportTaskProgress(b -> b.taskId(task.taskId()));
    assertThat(progress.canceled()).isFalse();
    client.setTaskStatus(b -> b.taskId(task.taskId()).taskStatus(TaskStatus.FINISHED));

    pipelines.awaitState(id, "FINISHED");
    assertThat(pipelines.status(id, instance)).isEqualTo("FINISHED");
    assertThat(pipelines.status(id, task.attemptId())).isEqualTo("FINISHED");
  }

  @Test
  void aTaskIsHandedOnlyToItsWorkerGroup() {
    var id = remote("remote-grouped", "group-b");
    var instance = pipelines.instance(id, "Remote");
    pipelines.awaitStatus(id, instance + "_Attempt=1", "WAITING_FOR_RUNNER");

    assertThat(client.pollForTask(b -> b.workerGroup("group-other")).taskObject()).isNull();
    var task = poll("group-b");

    assertThat(task.pipelineId()).isEqualTo(id);
    client.setTaskStatus(b -> b.taskId(task.taskId()).taskStatus(TaskStatus.FINISHED));
  }

  @Test
  void aFailedTaskIsRetriedAfterTheDelayThenFailsTheInstance() throws Exception {
    var id = remote("remote-failing", "group-fail");
    var instance = pipelines.instance(id, "Remote");

    var first = poll("group-fail");
    client.setTaskStatus(
        b ->
            b.taskId(first.taskId())
                .taskStatus(TaskStatus.FAILED)
                .errorId("DiskFull")
                .errorMessage("no space left on /data")
                .errorStackTrace("at Loader.write"));
    pipelines.awaitStatus(id, first.attemptId(), "FAILED");
    assertThat(pipelines.field(id, first.attemptId(), "errorMessage"))
        .isEqualTo("no space left on /data");
    assertThat(pipelines.status(id, instance)).isEqualTo("WAITING_FOR_RUNNER");
    assertThat(client.pollForTask(b -> b.workerGroup("group-fail")).taskObject()).isNull();

    pipelines.advance("2m");
    var second = poll("group-fail");
    assertThat(second.attemptId()).isEqualTo(instance + "_Attempt=2");
    assertThat(second.taskId()).isNotEqualTo(first.taskId());
    client.setTaskStatus(
        b -> b.taskId(second.taskId()).taskStatus(TaskStatus.FAILED).errorMessage("still full"));

    pipelines.awaitStatus(id, instance, "FAILED");
    assertThat(pipelines.field(id, instance, "errorMessage")).isEqualTo("still full");
    pipelines.awaitState(id, "FINISHED");
  }

  @Test
  void aRunnerThatStopsReportingProgressTimesOut() throws Exception {
    var id =
        pipelines.run(
            "remote-silent",
            Component.onDemandDefault(),
            Component.of("Remote", "ShellCommandActivity")
                .with("command", "process")
                .with("workerGroup", "group-silent")
                .with("reportProgressTimeout", "5 minutes")
                .with("maximumRetries", "0"));
    var task = poll("group-silent");

    pipelines.advance("6m");

    pipelines.awaitStatus(id, task.attemptId(), "TIMEDOUT");
    assertThat(pipelines.field(id, task.attemptId(), "errorMessage"))
        .isEqualTo("Task runner did not report progress within reportProgressTimeout PT5M");
    pipelines.awaitStatus(id, pipelines.instance(id, "Remote"), "FAILED");
  }

  @Test
  void aCanceledTaskIsToldSoWhenItReportsProgress() {
    var id = remote("remote-canceled", "group-cancel");
    var task = poll("group-cancel");

    client.setStatus(
        b -> b.pipelineId(id).objectIds(pipelines.instance(id, "Remote")).status("TRY_CANCEL"));

    await()
        .atMost(Pipelines.PATIENCE)
        .until(() -> client.reportTaskProgress(b -> b.taskId(task.taskId())).canceled());
  }

  @Test
  void unknownTaskIdsAreTaskNotFound() {
    refuses(
        () -> client.reportTaskProgress(b -> b.taskId("no-such-task")),
        "TaskNotFoundException",
        "The specified task was not found: no-such-task");
    refuses(
        () -> client.setTaskStatus(b -> b.taskId("no-such-task").taskStatus(TaskStatus.FINISHED)),
        "TaskNotFoundException",
        "The specified task was not found: no-such-task");
  }

  @Test
  void aHeartbeatNeverAsksTheRunnerToTerminate() {
    var answer =
        client.reportTaskRunnerHeartbeat(
            b -> b.taskrunnerId("runner-1").workerGroup("group-ok").hostname("runner-1"));

    assertThat(answer.terminate()).isFalse();
  }

  /** An on-demand pipeline, activated, whose one activity waits for a runner of {@code group}. */
  private static String remote(String name, String group) {
    return pipelines.run(
        name,
        Component.onDemandDefault(),
        Component.of("Remote", "ShellCommandActivity")
            .with("command", "process #{@scheduledStartTime}")
            .with("workerGroup", group)
            .with("maximumRetries", "1")
            .with("retryDelay", "1 minutes"));
  }

  private static TaskObject poll(String group) {
    return await()
        .atMost(Pipelines.PATIENCE)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> client.pollForTask(b -> b.workerGroup(group).hostname("runner-1")).taskObject(),
            t -> t != null);
  }
}
