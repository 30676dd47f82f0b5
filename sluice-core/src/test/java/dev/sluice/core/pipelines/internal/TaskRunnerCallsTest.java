package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.TaskRunnerHeartbeat;
import dev.sluice.core.pipelines.TaskRunnerPoll;
import dev.sluice.core.pipelines.TaskStatusInput;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskRunnerCallsTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void pollForTaskHandsThePollToTheRuns() {
    var poll = new TaskRunnerPoll("wg", "host-1");

    assertThat(ok(fixture.service.pollForTask(poll))).isEmpty();
    assertThat(fixture.runs.calls("pollForTask").get(0).arguments()).containsExactly(poll);
  }

  @Test
  void pollForTaskRequiresAWorkerGroup() {
    var failure = failure(fixture.service.pollForTask(new TaskRunnerPoll(null, "host-1")));

    assertThat(failure.message()).contains("'workerGroup'");
    assertThat(fixture.runs.calls()).isEmpty();
  }

  @Test
  void reportTaskProgressRequiresATaskIdAndTakesNoFieldsAsNone() {
    assertThat(failure(fixture.service.reportTaskProgress(null, List.of())).message())
        .contains("'taskId'");

    ok(fixture.service.reportTaskProgress("task-1", null));

    assertThat(fixture.runs.calls("reportTaskProgress").get(0).arguments())
        .containsExactly("task-1", List.<Field>of());
  }

  @Test
  void setTaskStatusTakesFinishedFailedOrFalse() {
    for (var status : List.of("FINISHED", "FAILED", "FALSE")) {
      ok(fixture.service.setTaskStatus(new TaskStatusInput("task-1", status, null, null, null)));
    }

    var failure =
        failure(
            fixture.service.setTaskStatus(
                new TaskStatusInput("task-1", "CANCELED", null, null, null)));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(failure.message()).contains("CANCELED");
    assertThat(fixture.runs.calls("setTaskStatus")).hasSize(3);
  }

  @Test
  void setTaskStatusRequiresTheTaskAndItsStatus() {
    assertThat(
            failure(
                    fixture.service.setTaskStatus(
                        new TaskStatusInput(null, "FINISHED", null, null, null)))
                .message())
        .contains("'taskId'");
    assertThat(
            failure(fixture.service.setTaskStatus(new TaskStatusInput("t", null, null, null, null)))
                .message())
        .contains("'taskStatus'");
  }

  @Test
  void heartbeatsReachTheRunsAndRequireTheTaskRunnerId() {
    var heartbeat = new TaskRunnerHeartbeat("runner-1", "wg", "host-1");

    assertThat(ok(fixture.service.reportTaskRunnerHeartbeat(heartbeat))).isFalse();
    assertThat(
            failure(
                    fixture.service.reportTaskRunnerHeartbeat(
                        new TaskRunnerHeartbeat(null, "wg", "host-1")))
                .message())
        .contains("'taskrunnerId'");
    assertThat(fixture.runs.calls("reportTaskRunnerHeartbeat")).hasSize(1);
  }
}
