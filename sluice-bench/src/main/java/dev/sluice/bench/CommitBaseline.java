package dev.sluice.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sluice.core.time.Clock;
import dev.sluice.core.workflows.ExecutionFrame;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.Progress;
import dev.sluice.core.workflows.WorkflowStore;
import dev.sluice.store.SluiceStore;
import dev.sluice.store.StoreSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The raw durable commit rate of the workflow store: {@code writers} threads (virtual, one per
 * execution, as the engine runs them), each calling {@link WorkflowStore#progress} with one history
 * event per call, on a store of its own (embedded H2, as Sluice opens it).
 */
final class CommitBaseline {
  private static final String MACHINE = "arn:aws:states:us-east-1:000000000000:stateMachine:raw";

  private CommitBaseline() {}

  /** Commits per second of {@code writers} x {@code callsPerWriter} one-event steps. */
  static double commitsPerSecond(Path dataDir, int writers, int callsPerWriter) throws Exception {
    try (var store = SluiceStore.open(StoreSettings.embedded(dataDir), Clock.system())) {
      var workflows = store.workflows();
      var arns = new ArrayList<String>();
      for (int w = 0; w < writers; w++) {
        arns.add(insert(workflows, "w" + w));
      }
      run(workflows, arns.subList(0, Math.min(arns.size(), 16)), 50); // warm-up
      long begin = System.nanoTime();
      run(workflows, arns, callsPerWriter);
      double seconds = (System.nanoTime() - begin) / 1e9;
      return (double) writers * callsPerWriter / seconds;
    }
  }

  private static void run(WorkflowStore store, List<String> arns, int calls) throws Exception {
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      var futures = new ArrayList<Future<Void>>();
      for (var arn : arns) {
        futures.add(
            threads.submit(
                () -> {
                  long first = store.lastEventId(arn) + 1;
                  for (long id = first; id < first + calls; id++) {
                    store.progress(
                        new Progress(
                            arn, List.of(event(id)), List.of(), List.of(), List.of(), null));
                  }
                  return null;
                }));
      }
      for (var future : futures) {
        future.get();
      }
    }
  }

  private static String insert(WorkflowStore store, String name) {
    var arn = "arn:aws:states:us-east-1:000000000000:execution:raw:" + name;
    var record =
        new ExecutionRecord(
            arn,
            MACHINE,
            name,
            MachineType.STANDARD,
            ExecutionStatus.RUNNING,
            BenchMachines.passChain(1),
            WorkflowRuns.ROLE,
            "{}",
            null,
            null,
            null,
            Instant.now(),
            null,
            null,
            null,
            0,
            null,
            null);
    var started = new HistoryEvent(1, 0, Instant.now(), "ExecutionStarted", null, null);
    store.insertExecution(
        record, List.of(started), List.of(new ExecutionFrame("", "P1", "{}", 1, "{}")));
    return arn;
  }

  /** A PassStateEntered event as the engine writes it. */
  private static HistoryEvent event(long id) {
    var details = JsonNodeFactory.instance.objectNode();
    details.put("name", "P" + id).put("input", "{}");
    details.putObject("inputDetails").put("truncated", false);
    return new HistoryEvent(
        id, id - 1, Instant.now(), "PassStateEntered", "stateEnteredEventDetails", details);
  }
}
