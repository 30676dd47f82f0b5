package dev.sluice.core.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.ExecutionStatus;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A {@code .sync} integration that cannot resume is called again from the start, as before. */
class SubmissionWithoutResumeTest {
  private final BlockingQueue<String> calls = new LinkedBlockingQueue<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private final GlueWorkflows workflows =
      new GlueWorkflows(new StandInJobs(), new SubmittingWork());

  @AfterEach
  void close() {
    workflows.close();
  }

  @Test
  void callsTheIntegrationAgainWithNewTaskEvents() throws Exception {
    String arn =
        workflows.start(
            "again",
            """
            {"StartAt": "Work", "States": {"Work": {"Type": "Task",
              "Resource": "arn:aws:states:::work:do.sync", "End": true}}}""",
            "{}");
    assertThat(calls.poll(10, TimeUnit.SECONDS)).isEqualTo("call");

    workflows.restart();

    assertThat(calls.poll(10, TimeUnit.SECONDS)).isEqualTo("call");
    release.countDown();
    assertThat(workflows.awaitEnd(arn).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(workflows.types(arn))
        .containsExactly(
            "ExecutionStarted",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskSubmitted",
            "TaskScheduled",
            "TaskStarted",
            "TaskSubmitted",
            "TaskSucceeded",
            "TaskStateExited",
            "ExecutionSucceeded");
  }

  /** Submits, then works until released; no {@code resume}. */
  private final class SubmittingWork implements TaskIntegration {
    @Override
    public boolean serves(TaskResource resource) {
      return resource.resourceType().equals("work");
    }

    @Override
    public TaskOutcome run(TaskCall call) throws InterruptedException {
      call.submitted().accept(Json.read("{\"WorkId\": \"w-1\"}"));
      calls.add("call");
      release.await();
      return new TaskOutcome.Done(Json.read("{\"done\": true}"));
    }
  }
}
