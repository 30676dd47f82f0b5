package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.node;
import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.ref;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static dev.sluice.core.pipelines.run.Defs.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineEvents;
import dev.sluice.core.pipelines.TaskAssignment;
import dev.sluice.core.pipelines.TaskRunnerHeartbeat;
import dev.sluice.core.pipelines.TaskRunnerPoll;
import dev.sluice.core.pipelines.TaskStatusInput;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerGroupTasksTest {
  static final String SAY = "@SayHello_2026-11-20T22:15:00";
  static final String SAY_1 = SAY + "_Attempt=1";

  @TempDir Path root;
  RunHarness harness;
  String id;

  @BeforeEach
  void activatesAPipelineForAWorkerGroup() {
    harness = new RunHarness(root);
    id =
        harness.create(
            onDemand(),
            shell(
                "SayHello",
                "echo hello #{@scheduledStartTime}",
                text("workerGroup", "myWorkerGroup"),
                ref("input", "Greetings")),
            node("Greetings", "s3://bucket/greetings/#{@scheduledStartTime}/"));
    harness.start(id);
  }

  private TaskAssignment poll() {
    var task =
        harness.runner.pollForTask(new TaskRunnerPoll("myWorkerGroup", "runner.example.com"));
    assertThat(task.isOk()).isTrue();
    return task.value().orElseThrow();
  }

  @Test
  void waitsForATaskRunnerWithoutRunningTheWorkItself() {
    assertThat(harness.status(id, SAY_1)).isEqualTo("WAITING_FOR_RUNNER");
    assertThat(harness.status(id, SAY)).isEqualTo("WAITING_FOR_RUNNER");
    assertThat(harness.object(id, SAY_1).workerGroup()).isEqualTo("myWorkerGroup");
    assertThat(harness.events(PipelineEvents.RUN_ATTEMPT)).isEmpty();
    assertThat(harness.work.calls()).isEmpty();
  }

  @Test
  void handsTheAttemptOutWithTheObjectsItNamesRendered() {
    var task = poll();

    assertThat(task.pipelineId()).isEqualTo(id);
    assertThat(task.attemptId()).isEqualTo(SAY_1);
    assertThat(task.taskId()).isEqualTo(harness.object(id, SAY_1).taskId());
    assertThat(task.objects())
        .containsKeys(SAY_1, SAY, "SayHello", "@Greetings_2026-11-20T22:15:00");
    assertThat(task.objects().get(SAY_1).fields())
        .contains(
            Field.text("command", "echo hello 2026-11-20T22:15:00"),
            Field.text("workerGroup", "myWorkerGroup"),
            Field.ref("@instanceParent", SAY),
            Field.ref("input", "@Greetings_2026-11-20T22:15:00"),
            Field.text("@status", "RUNNING"),
            Field.text("hostname", "runner.example.com"));
    assertThat(task.objects().get("@Greetings_2026-11-20T22:15:00").fields())
        .contains(Field.text("directoryPath", "s3://bucket/greetings/2026-11-20T22:15:00/"));
  }

  @Test
  void claimsTheAttemptSoNoOtherRunnerGetsIt() {
    poll();

    assertThat(harness.status(id, SAY_1)).isEqualTo("RUNNING");
    assertThat(harness.status(id, SAY)).isEqualTo("RUNNING");
    assertThat(harness.field(id, SAY_1, "reportProgressTime")).contains("2026-11-20T22:15:00");
    var again = harness.runner.pollForTask(new TaskRunnerPoll("myWorkerGroup", "other"));
    assertThat(again.value()).isEmpty();
    assertThat(harness.runner.pollForTask(new TaskRunnerPoll("otherGroup", "x")).value()).isEmpty();
  }

  @Test
  void finishesTheRunWhenTheRunnerReportsFinished() {
    var task = poll();
    harness.clock.advance(Duration.ofMinutes(2));

    assertThat(harness.runner.reportTaskProgress(task.taskId(), List.of()).value()).isFalse();
    var done = new TaskStatusInput(task.taskId(), "FINISHED", null, null, null);
    assertThat(harness.runner.setTaskStatus(done).isOk()).isTrue();
    harness.run();

    assertThat(harness.status(id, SAY_1)).isEqualTo("FINISHED");
    assertThat(harness.field(id, SAY_1, "reportProgressTime")).contains("2026-11-20T22:17:00");
    assertThat(harness.field(id, SAY_1, "@actualEndTime")).contains("2026-11-20T22:17:00");
    assertThat(harness.status(id, SAY)).isEqualTo("FINISHED");
    assertThat(harness.state(id)).isEqualTo("FINISHED");
  }

  @Test
  void retriesWhenTheRunnerReportsAFailure() {
    var task = poll();
    var failed =
        new TaskStatusInput(task.taskId(), "FAILED", "ExitCode1", "command failed", "at line 1");
    harness.runner.setTaskStatus(failed);
    harness.advance(Duration.ofMinutes(10));

    assertThat(harness.object(id, SAY_1).fields())
        .contains(
            Field.text("@status", "FAILED"),
            Field.text("errorId", "ExitCode1"),
            Field.text("errorMessage", "command failed"),
            Field.text("errorStackTrace", "at line 1"));
    assertThat(harness.status(id, SAY + "_Attempt=2")).isEqualTo("WAITING_FOR_RUNNER");
    assertThat(poll().attemptId()).isEqualTo(SAY + "_Attempt=2");
  }

  @Test
  void countsAFalsePreconditionAsAFailure() {
    var task = poll();
    harness.runner.setTaskStatus(new TaskStatusInput(task.taskId(), "FALSE", null, null, null));

    assertThat(harness.status(id, SAY_1)).isEqualTo("FAILED");
    assertThat(harness.field(id, SAY_1, "errorMessage"))
        .contains("The precondition check returned false");
  }

  @Test
  void answersTaskNotFoundForAnUnknownOrEndedTask() {
    var unknown = harness.runner.reportTaskProgress("no-such-task", List.of());
    assertThat(unknown.failure().code()).isEqualTo("TaskNotFoundException");

    var task = poll();
    harness.runner.setTaskStatus(new TaskStatusInput(task.taskId(), "FINISHED", null, null, null));
    var again =
        harness.runner.setTaskStatus(
            new TaskStatusInput(task.taskId(), "FINISHED", null, null, null));
    assertThat(again.failure().code()).isEqualTo("TaskNotFoundException");
    assertThat(harness.runner.reportTaskProgress(task.taskId(), List.of()).failure().code())
        .isEqualTo("TaskNotFoundException");
  }

  @Test
  void answersCanceledToATaskRunnerWhoseTaskWasCanceled() {
    var task = poll();
    harness.runner.deactivate(harness.pipeline(id), true);

    assertThat(harness.runner.reportTaskProgress(task.taskId(), List.of()).value()).isTrue();
    assertThat(
            harness
                .runner
                .setTaskStatus(new TaskStatusInput(task.taskId(), "FINISHED", null, null, null))
                .isOk())
        .isTrue();
    assertThat(harness.status(id, SAY_1)).isEqualTo("CANCELED");
  }

  @Test
  void refusesAnUnknownTaskStatus() {
    var task = poll();
    var result =
        harness.runner.setTaskStatus(new TaskStatusInput(task.taskId(), "DONE", null, null, null));
    assertThat(result.failure().code()).isEqualTo("InvalidRequestException");
  }

  @Test
  void neverAsksATaskRunnerToTerminate() {
    var heartbeat = new TaskRunnerHeartbeat("runner-1", "myWorkerGroup", "runner.example.com");
    assertThat(harness.runner.reportTaskRunnerHeartbeat(heartbeat).value()).isFalse();
  }

  @Test
  void recordsTheFieldsATaskRunnerReports() {
    var task = poll();
    harness.runner.reportTaskProgress(task.taskId(), List.of(Field.text("attemptStatus", "50%")));
    assertThat(harness.field(id, SAY_1, "attemptStatus")).contains("50%");
  }
}
