package dev.sluice.store.workflows;

import static dev.sluice.store.workflows.Workflows.PREFIX;
import static dev.sluice.store.workflows.Workflows.T0;
import static dev.sluice.store.workflows.Workflows.callback;
import static dev.sluice.store.workflows.Workflows.execution;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.Progress;
import dev.sluice.core.workflows.TaskCallback;
import dev.sluice.core.workflows.WorkflowStore;
import dev.sluice.store.StoreFixture;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Task tokens answered once; activity tasks handed out oldest first, each to one worker. */
public abstract class CallbacksContract extends StoreFixture {
  private static final String ACTIVITY = PREFIX + "activity:work";

  private WorkflowStore workflows;
  private ExecutionRecord run;

  @BeforeEach
  void started() {
    workflows = store.workflows();
    run = execution("m", "run", T0);
    workflows.insertExecution(run, List.of(), List.of());
  }

  private void schedule(TaskCallback... callbacks) {
    workflows.progress(
        new Progress(run.arn(), List.of(), List.of(), List.of(), List.of(callbacks), null));
  }

  @Test
  void answersATokenOnlyOnce() {
    schedule(callback("tok", run.arn(), null, T0));

    assertThat(workflows.answerCallback("tok", "{\"output\":\"1\"}")).isTrue();
    assertThat(workflows.answerCallback("tok", "{\"output\":\"2\"}")).isFalse();
    assertThat(workflows.answerCallback("unknown", "{}")).isFalse();

    assertThat(workflows.findCallback("tok").orElseThrow().outcome())
        .isEqualTo("{\"output\":\"1\"}");
  }

  @Test
  void listsTheOpenCallbacksOfAnExecutionAndDropsThem() {
    schedule(
        callback("a", run.arn(), null, T0),
        callback("b", run.arn(), ACTIVITY, T0),
        callback("c", run.arn(), null, T0));
    ExecutionRecord other = execution("m", "other", T0);
    workflows.insertExecution(other, List.of(), List.of());
    workflows.progress(
        new Progress(
            other.arn(),
            List.of(),
            List.of(),
            List.of(),
            List.of(callback("d", other.arn(), null, T0)),
            null));
    workflows.answerCallback("b", "{\"error\":\"E\",\"cause\":\"c\"}");

    assertThat(workflows.openCallbacks(run.arn()))
        .extracting(TaskCallback::token)
        .containsExactly("a", "c");

    workflows.dropCallbacks(List.of("a", "b"));

    assertThat(workflows.findCallback("a")).isEmpty();
    assertThat(workflows.findCallback("b")).isEmpty();
    assertThat(workflows.openCallbacks(run.arn()))
        .extracting(TaskCallback::token)
        .containsExactly("c");
  }

  @Test
  void handsOutActivityTasksOldestFirstAndEachOnce() {
    schedule(callback("first", run.arn(), ACTIVITY, T0));
    schedule(callback("token-task", run.arn(), null, T0));
    schedule(callback("second", run.arn(), ACTIVITY, T0.minusSeconds(1)));
    schedule(callback("elsewhere", run.arn(), PREFIX + "activity:other", T0));

    TaskCallback taken = workflows.takeActivityTask(ACTIVITY, "worker-1").orElseThrow();
    assertThat(taken.token()).isEqualTo("first");
    assertThat(taken.worker()).isEqualTo("worker-1");
    assertThat(workflows.takeActivityTask(ACTIVITY, "worker-2").map(TaskCallback::token))
        .contains("second");
    assertThat(workflows.takeActivityTask(ACTIVITY, "worker-3")).isEmpty();

    assertThat(workflows.findCallback("first").orElseThrow().worker()).isEqualTo("worker-1");
    assertThat(workflows.answerCallback("first", "{\"output\":\"{}\"}")).isTrue();
    assertThat(workflows.findCallback("first").orElseThrow().worker()).isEqualTo("worker-1");
  }

  @Test
  void anAnsweredActivityTaskIsNotHandedOut() {
    schedule(callback("t", run.arn(), ACTIVITY, T0));
    workflows.answerCallback("t", "{\"error\":\"States.Timeout\"}");

    assertThat(workflows.takeActivityTask(ACTIVITY, "w")).isEmpty();
  }

  @RepeatedTest(3)
  void concurrentTakersGetDifferentTasks() throws Exception {
    int tasks = 40;
    List<TaskCallback> callbacks = new ArrayList<>();
    for (int i = 0; i < tasks; i++) {
      callbacks.add(callback(String.format("task-%03d", i), run.arn(), ACTIVITY, T0));
    }
    schedule(callbacks.toArray(TaskCallback[]::new));
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<String>>> takers = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(2)) {
      for (String worker : List.of("w1", "w2")) {
        takers.add(pool.submit(() -> takeAll(worker, go)));
      }
      go.countDown();
      List<String> first = takers.get(0).get();
      List<String> second = takers.get(1).get();

      Set<String> all = new HashSet<>(first);
      all.addAll(second);
      assertThat(first.size() + second.size()).isEqualTo(tasks);
      assertThat(all).hasSize(tasks);
    }
  }

  private List<String> takeAll(String worker, CountDownLatch go) throws InterruptedException {
    go.await();
    List<String> taken = new ArrayList<>();
    for (Optional<TaskCallback> task = workflows.takeActivityTask(ACTIVITY, worker);
        task.isPresent();
        task = workflows.takeActivityTask(ACTIVITY, worker)) {
      assertThat(task.get().worker()).isEqualTo(worker);
      taken.add(task.get().token());
    }
    return taken;
  }
}
