package dev.sluice.store.workflows;

import static dev.sluice.store.workflows.Workflows.T0;
import static dev.sluice.store.workflows.Workflows.event;
import static dev.sluice.store.workflows.Workflows.execution;
import static dev.sluice.store.workflows.Workflows.frame;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.WorkflowStore;
import dev.sluice.store.SluiceStore;
import dev.sluice.store.StoreFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Starting an execution: stored once per ARN with its first events and frames. */
public abstract class ExecutionStartContract extends StoreFixture {
  private WorkflowStore workflows;

  @BeforeEach
  void workflows() {
    workflows = store.workflows();
  }

  private static ExecutionRecord withInput(ExecutionRecord e, String input) {
    return new ExecutionRecord(
        e.arn(),
        e.machineArn(),
        e.name(),
        e.type(),
        e.status(),
        e.definition(),
        e.roleArn(),
        input,
        e.output(),
        e.error(),
        e.cause(),
        e.started(),
        e.stopped(),
        e.versionArn(),
        e.aliasArn(),
        e.redriveCount(),
        e.redriveDate(),
        e.traceHeader());
  }

  @Test
  void storesTheExecutionWithItsFirstEventsAndFrames() {
    ExecutionRecord e = execution("m", "run-1", T0);

    ExecutionRecord stored =
        workflows.insertExecution(
            e,
            List.of(event(1, "ExecutionStarted"), event(2, "PassStateEntered")),
            List.of(frame("", "P", 2)));

    assertThat(stored).isSameAs(e);
    assertThat(workflows.findExecution(e.arn())).contains(e);
    assertThat(workflows.history(e.arn(), 0, 10))
        .containsExactly(event(1, "ExecutionStarted"), event(2, "PassStateEntered"));
    assertThat(workflows.frames(e.arn())).containsExactly(frame("", "P", 2));
    assertThat(workflows.lastEventId(e.arn())).isEqualTo(2);
  }

  @Test
  void aSecondStartWithTheSameArnGetsTheFirstRecordAndWritesNothing() {
    ExecutionRecord first = execution("m", "run-1", T0);
    workflows.insertExecution(first, List.of(event(1, "ExecutionStarted")), List.of());

    ExecutionRecord again = withInput(execution("m", "run-1", T0.plusSeconds(1)), "{\"n\":2}");
    ExecutionRecord stored =
        workflows.insertExecution(
            again,
            List.of(event(1, "ExecutionStarted"), event(2, "X")),
            List.of(frame("", "Q", 2)));

    assertThat(stored).isEqualTo(first);
    assertThat(workflows.history(first.arn(), 0, 10)).hasSize(1);
    assertThat(workflows.frames(first.arn())).isEmpty();
  }

  @RepeatedTest(5)
  void twoConcurrentStartsWithTheSameArnAgreeOnOneRecord() throws Exception {
    ExecutionRecord a = withInput(execution("m", "race", T0), "{\"who\":\"a\"}");
    ExecutionRecord b = withInput(execution("m", "race", T0), "{\"who\":\"b\"}");
    CountDownLatch go = new CountDownLatch(1);
    List<Future<ExecutionRecord>> results = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(2)) {
      for (ExecutionRecord e : List.of(a, b)) {
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  return workflows.insertExecution(
                      e, List.of(event(1, "ExecutionStarted")), List.of(frame("", "P", 1)));
                }));
      }
      go.countDown();
      ExecutionRecord ra = results.get(0).get();
      ExecutionRecord rb = results.get(1).get();

      assertThat(ra).isEqualTo(rb);
      assertThat(ra).isIn(a, b);
      assertThat(workflows.findExecution(a.arn())).contains(ra);
      assertThat(workflows.history(a.arn(), 0, 10)).hasSize(1);
    }
  }

  @RepeatedTest(5)
  void twoNodesStartingTheSameArnAtOnceAgreeOnOneRecord() throws Exception {
    ExecutionRecord a = withInput(execution("m", "nodes", T0), "{\"node\":\"a\"}");
    ExecutionRecord b = withInput(execution("m", "nodes", T0), "{\"node\":\"b\"}");
    CountDownLatch go = new CountDownLatch(1);
    try (SluiceStore other = SluiceStore.open(storeSettings, clock);
        var pool = Executors.newFixedThreadPool(2)) {
      Future<ExecutionRecord> onA = pool.submit(() -> startAfter(go, workflows, a));
      Future<ExecutionRecord> onB = pool.submit(() -> startAfter(go, other.workflows(), b));
      go.countDown();

      assertThat(onA.get()).isEqualTo(onB.get()).isIn(a, b);
      assertThat(other.workflows().history(a.arn(), 0, 10)).hasSize(1);
    }
  }

  private static ExecutionRecord startAfter(
      CountDownLatch go, WorkflowStore store, ExecutionRecord e) throws InterruptedException {
    go.await();
    return store.insertExecution(e, List.of(event(1, "ExecutionStarted")), List.of());
  }

  @Test
  void keepsLargeTextsAndMillisecondInstantsExactly() {
    String input = "{\"s\":\"" + "\\\"q\\\"".repeat(256 * 1024 / 6) + "\"}";
    Instant started = Instant.parse("2026-03-01T10:00:00.987654Z");
    ExecutionRecord e =
        new ExecutionRecord(
            Workflows.executionArn("m", "big"),
            Workflows.machineArn("m"),
            "big",
            MachineType.STANDARD,
            ExecutionStatus.RUNNING,
            "{\"Comment\":\"" + "x".repeat(1024 * 1024 - 20) + "\"}",
            Workflows.ROLE,
            input,
            null,
            null,
            null,
            started,
            null,
            Workflows.machineArn("m") + ":3",
            Workflows.machineArn("m") + ":prod",
            0,
            null,
            "Root=1-5759e988-bd862e3fe1be46a994272793");

    workflows.insertExecution(e, List.of(), List.of());

    assertThat(workflows.findExecution(e.arn())).contains(e);
  }

  @Test
  void keepsExecutionsAcrossARestart() {
    ExecutionRecord e = execution("m", "run-1", T0);
    workflows.insertExecution(e, List.of(event(1, "ExecutionStarted")), List.of());

    reopen();

    assertThat(store.workflows().findExecution(e.arn())).contains(e);
    assertThat(store.workflows().history(e.arn(), 0, 10))
        .containsExactly(event(1, "ExecutionStarted"));
  }
}
