package dev.sluice.store.workflows;

import static dev.sluice.store.workflows.Workflows.T0;
import static dev.sluice.store.workflows.Workflows.callback;
import static dev.sluice.store.workflows.Workflows.event;
import static dev.sluice.store.workflows.Workflows.execution;
import static dev.sluice.store.workflows.Workflows.frame;
import static dev.sluice.store.workflows.Workflows.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.Progress;
import dev.sluice.core.workflows.WorkflowStore;
import dev.sluice.store.StoreFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One step of an execution: events, frames, callbacks and record written together or not at all.
 */
public abstract class ProgressContract extends StoreFixture {
  private WorkflowStore workflows;
  private ExecutionRecord run;

  @BeforeEach
  void started() {
    workflows = store.workflows();
    run = execution("m", "run", T0);
    workflows.insertExecution(
        run, List.of(event(1, "ExecutionStarted")), List.of(frame("", "A", 1)));
  }

  @Test
  void appendsEventsReplacesAndDropsFramesAndAddsCallbacks() {
    workflows.progress(
        new Progress(
            run.arn(),
            List.of(event(2, "ParallelStateEntered"), event(3, "TaskStateEntered")),
            List.of(frame("", "B", 2), frame("/0", "T", 3), frame("/1", "T", 3)),
            List.of(),
            List.of(callback("tok-1", run.arn(), null, T0)),
            null));
    workflows.progress(
        new Progress(
            run.arn(),
            List.of(event(4, "TaskStateExited")),
            List.of(frame("/0", "U", 4)),
            List.of("/1"),
            List.of(),
            null));

    assertThat(workflows.history(run.arn(), 0, 10))
        .extracting(e -> e.id())
        .containsExactly(1L, 2L, 3L, 4L);
    assertThat(workflows.frames(run.arn())).containsExactly(frame("", "B", 2), frame("/0", "U", 4));
    assertThat(workflows.findCallback("tok-1")).contains(callback("tok-1", run.arn(), null, T0));
    assertThat(workflows.findExecution(run.arn())).contains(run);
  }

  @Test
  void writesTheNewRecordWithTheLastStep() {
    ExecutionRecord succeeded =
        run.ended(ExecutionStatus.SUCCEEDED, "{\"ok\":true}", null, null, T0.plusMillis(1500));

    workflows.progress(
        new Progress(
            run.arn(),
            List.of(event(2, "ExecutionSucceeded")),
            List.of(),
            List.of(""),
            List.of(),
            succeeded));

    assertThat(workflows.findExecution(run.arn())).contains(succeeded);
    assertThat(workflows.frames(run.arn())).isEmpty();
    assertThat(workflows.lastEventId(run.arn())).isEqualTo(2);
  }

  @Test
  void aFailingStepWritesNothingAtAll() {
    ExecutionRecord failed = run.ended(ExecutionStatus.FAILED, null, "E", "c", T0.plusSeconds(1));
    Progress clashing =
        new Progress(
            run.arn(),
            List.of(event(2, "TaskStateEntered"), event(1, "Duplicate")),
            List.of(frame("", "Z", 2)),
            List.of(),
            List.of(callback("tok-x", run.arn(), null, T0)),
            failed);

    assertThatThrownBy(() -> workflows.progress(clashing)).isInstanceOf(RuntimeException.class);

    assertThat(workflows.history(run.arn(), 0, 10)).containsExactly(event(1, "ExecutionStarted"));
    assertThat(workflows.frames(run.arn())).containsExactly(frame("", "A", 1));
    assertThat(workflows.findCallback("tok-x")).isEmpty();
    assertThat(workflows.findExecution(run.arn())).contains(run);
  }

  @Test
  void concurrentStepsOfManyExecutionsAllLandAndOneBadStepFailsAlone() throws Exception {
    int executions = 16;
    int steps = 20;
    List<ExecutionRecord> runs = new ArrayList<>();
    for (int i = 0; i < executions; i++) {
      ExecutionRecord e = execution("m", "c" + i, T0);
      workflows.insertExecution(e, List.of(event(1, "ExecutionStarted")), List.of());
      runs.add(e);
    }
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(executions)) {
      for (ExecutionRecord e : runs) {
        results.add(pool.submit(() -> stepThrough(e, steps, go, e == runs.get(3))));
      }
      go.countDown();
      for (int i = 0; i < executions; i++) {
        assertThat(results.get(i).get()).isEqualTo(i != 3);
      }
    }
    for (int i = 0; i < executions; i++) {
      long last = i == 3 ? steps / 2 * 2 + 1 : steps * 2 + 1;
      assertThat(workflows.lastEventId(runs.get(i).arn())).as("execution %d", i).isEqualTo(last);
      assertThat(workflows.history(runs.get(i).arn(), 0, 1000)).hasSize((int) last);
    }
  }

  /** Two events and one frame per step; the bad one repeats an event id halfway. */
  private boolean stepThrough(ExecutionRecord e, int steps, CountDownLatch go, boolean bad)
      throws InterruptedException {
    go.await();
    for (int s = 0; s < steps; s++) {
      long id = 2 + 2L * s;
      long second = bad && s == steps / 2 ? 1 : id + 1;
      try {
        workflows.progress(
            step(
                e.arn(),
                List.of(event(id, "TaskStateEntered"), event(second, "TaskStateExited")),
                List.of(frame("", "S" + s, id))));
      } catch (RuntimeException failed) {
        return false;
      }
    }
    return true;
  }
}
