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
 * event per call (or, shaped like the engine's step, a StateExited and a StateEntered event with
 * the root frame replaced), on a store of its own (embedded H2, as Sluice opens it).
 */
final class CommitBaseline {
  private static final String MACHINE = "arn:aws:states:us-east-1:000000000000:stateMachine:raw";

  private CommitBaseline() {}

  /**
   * Commits per second of {@code writers} x {@code callsPerWriter} steps: one event each, or two
   * events and a frame when {@code engineShaped}.
   */
  static double commitsPerSecond(
      Path dataDir, int writers, int callsPerWriter, boolean engineShaped) throws Exception {
    try (var store = SluiceStore.open(StoreSettings.embedded(dataDir), Clock.system())) {
      var workflows = store.workflows();
      var arns = new ArrayList<String>();
      for (int w = 0; w < writers; w++) {
        arns.add(insert(workflows, "w" + w));
      }
      run(workflows, arns.subList(0, Math.min(arns.size(), 16)), 50, engineShaped); // warm-up
      long begin = System.nanoTime();
      run(workflows, arns, callsPerWriter, engineShaped);
      double seconds = (System.nanoTime() - begin) / 1e9;
      return (double) writers * callsPerWriter / seconds;
    }
  }

  private static void run(WorkflowStore store, List<String> arns, int calls, boolean engineShaped)
      throws Exception {
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      var futures = new ArrayList<Future<Void>>();
      for (var arn : arns) {
        futures.add(
            threads.submit(
                () -> {
                  long id = store.lastEventId(arn) + 1;
                  for (int call = 0; call < calls; call++) {
                    store.progress(engineShaped ? step(arn, id) : single(arn, id));
                    id += engineShaped ? 2 : 1;
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

  private static Progress single(String arn, long id) {
    return new Progress(
        arn, List.of(event(id, "PassStateEntered")), List.of(), List.of(), List.of(), null);
  }

  /** A move to the next Pass state as the engine commits it: two events and the root frame. */
  private static Progress step(String arn, long id) {
    var events = List.of(event(id, "PassStateExited"), event(id + 1, "PassStateEntered"));
    var data = "{\"phase\":\"ENTER\",\"last\":" + (id + 1) + ",\"attempts\":[]}";
    var frame = new ExecutionFrame("", "P" + (id + 1), "{}", id + 1, data);
    return new Progress(arn, events, List.of(frame), List.of(), List.of(), null);
  }

  /** An event with details as the engine writes a Pass state's. */
  private static HistoryEvent event(long id, String type) {
    var details = JsonNodeFactory.instance.objectNode();
    details.put("name", "P" + id).put(type.endsWith("Exited") ? "output" : "input", "{}");
    details
        .putObject(type.endsWith("Exited") ? "outputDetails" : "inputDetails")
        .put("truncated", false);
    var key = type.endsWith("Exited") ? "stateExitedEventDetails" : "stateEnteredEventDetails";
    return new HistoryEvent(id, id - 1, Instant.now(), type, key, details);
  }
}
