package dev.sluice.core.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.workflows.ExecutionFrame;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A {@code .sync} task resumed after a restart waits for the work it started before. */
class SyncResumeTest {
  private static final String SYNC =
      """
      {"StartAt": "Run", "States": {
        "Run": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync",
          "Parameters": {"JobName": "test"}, "Next": "After"},
        "After": {"Type": "Pass", "End": true}}}""";

  private final GlueWorkflows workflows = new GlueWorkflows(new StandInJobs("test"));

  @AfterEach
  void close() {
    workflows.close();
  }

  @Test
  void keepsTheSubmissionInTheTasksFrame() throws Exception {
    String arn = workflows.start("kept", SYNC, "{}");
    String id = workflows.jobs.nextStarted();
    workflows.jobs.nextAwaited();

    ExecutionFrame frame = workflows.store.frames(arn).getFirst();

    Position position = Position.of(frame);
    assertThat(position.state()).isEqualTo("Run");
    assertThat(position.phase()).isEqualTo(Phase.ACTIVE);
    assertThat(position.submitted().path("JobRunId").asText()).isEqualTo(id);
  }

  @Test
  void aResumedGlueTaskWaitsForTheRunItStartedInsteadOfStartingAnother() throws Exception {
    String arn = workflows.start("resumed", SYNC, "{}");
    String id = workflows.jobs.nextStarted();
    workflows.jobs.nextAwaited();

    assertThat(workflows.restart()).isEqualTo(1);

    assertThat(workflows.jobs.nextAwaited()).isEqualTo(id);
    workflows.jobs.end(id, JobRunState.SUCCEEDED, null);
    ExecutionRecord ended = workflows.awaitEnd(arn);
    assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Json.read(ended.output()).path("Id").asText()).isEqualTo(id);
    assertThat(workflows.jobs.starts).hasSize(1);
    assertThat(workflows.jobs.stopped).isEmpty();
    assertThat(workflows.types(arn))
        .containsExactly(
            "ExecutionStarted",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskSubmitted",
            "TaskSucceeded",
            "TaskStateExited",
            "PassStateEntered",
            "PassStateExited",
            "ExecutionSucceeded");
  }

  @Test
  void aResumedGlueTaskStillStopsItsRunWhenTheExecutionIsStopped() throws Exception {
    String arn = workflows.start("stopped", SYNC, "{}");
    String id = workflows.jobs.nextStarted();
    workflows.jobs.nextAwaited();
    workflows.restart();
    workflows.jobs.nextAwaited();

    workflows.stop(arn);

    assertThat(workflows.jobs.nextStopped()).isEqualTo(id);
    assertThat(workflows.jobs.stopped.poll(200, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void aResumedNestedExecutionTaskWaitsForTheChildItStarted() throws Exception {
    String child = workflows.start("child", SYNC, "{}");
    String id = workflows.jobs.nextStarted();
    NestedExecutions nested =
        new NestedExecutions(
            () -> {
              throw new AssertionError("a resume starts no execution");
            },
            workflows::current);
    TaskCall call =
        new TaskCall(
            TaskResource.parse("arn:aws:states:::states:startExecution.sync:2"),
            Json.read("{\"StateMachineArn\": \"%s\"}".formatted(GlueWorkflows.MACHINE)),
            null,
            "us-east-1",
            "111111111111",
            "arn:aws:states:us-east-1:111111111111:execution:parent:p",
            submitted -> {});
    var submitted = Json.read("{\"ExecutionArn\": \"%s\"}".formatted(child));
    var resumed = new java.util.concurrent.CompletableFuture<TaskOutcome>();
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                resumed.complete(nested.resume(call, submitted).orElseThrow());
              } catch (InterruptedException | RuntimeException e) {
                resumed.completeExceptionally(e);
              }
            });

    workflows.jobs.end(id, JobRunState.SUCCEEDED, null);

    TaskOutcome.Done done = (TaskOutcome.Done) resumed.get(10, TimeUnit.SECONDS);
    assertThat(done.output().path("ExecutionArn").asText()).isEqualTo(child);
    assertThat(done.output().path("Status").asText()).isEqualTo("SUCCEEDED");
    assertThat(done.output().path("Output").path("Id").asText()).isEqualTo(id);
  }

  @Test
  void aNestedRequestResponseStartIsNotResumed() throws Exception {
    NestedExecutions nested = new NestedExecutions(() -> null, workflows::current);
    TaskCall call =
        new TaskCall(
            TaskResource.parse("arn:aws:states:::states:startExecution"),
            Json.object(),
            null,
            "us-east-1",
            "111111111111",
            "arn:aws:states:us-east-1:111111111111:execution:parent:p",
            submitted -> {});

    assertThat(nested.resume(call, Json.read("{\"ExecutionArn\": \"x\"}"))).isEmpty();
  }
}
