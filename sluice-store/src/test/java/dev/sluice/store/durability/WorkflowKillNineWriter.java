package dev.sluice.store.durability;

import dev.sluice.core.workflows.ExecutionFrame;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.Progress;
import dev.sluice.core.workflows.TaskCallback;
import dev.sluice.core.workflows.WorkflowStore;
import dev.sluice.store.SluiceStore;
import dev.sluice.store.StoreSettings;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of the workflow crash tests: {@link #WRITERS} threads step an execution each,
 * forever; after each {@code progress} returned it prints {@code ACK <writer> <step>}. Step {@code
 * s} appends events {@code 2s+2} and {@code 2s+3}, moves the root frame to the second, and every
 * tenth step schedules a callback {@code <writer>-<step>}. It is killed with SIGKILL somewhere.
 */
public final class WorkflowKillNineWriter {
  static final int WRITERS = 4;
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private WorkflowKillNineWriter() {}

  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (SluiceStore store = SluiceStore.open(new StoreSettings(args[0], Path.of(args[1])))) {
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        writers.add(Thread.ofPlatform().start(() -> stepForever(store.workflows(), writer, out)));
      }
      for (Thread thread : writers) {
        thread.join();
      }
    }
  }

  private static void stepForever(WorkflowStore workflows, int writer, PrintStream out) {
    String arn = executionArn(writer);
    workflows.insertExecution(
        execution(arn), List.of(event(1, "ExecutionStarted")), List.of(frame(1)));
    for (long s = 0; ; s++) {
      long id = 2 * s + 2;
      List<TaskCallback> callbacks =
          s % 10 == 0 ? List.of(callback(token(writer, s), arn)) : List.of();
      workflows.progress(
          new Progress(
              arn,
              List.of(event(id, "TaskStateEntered"), event(id + 1, "TaskStateExited")),
              List.of(frame(id + 1)),
              List.of(),
              callbacks,
              null));
      synchronized (out) {
        out.print("ACK " + writer + " " + s + "\n");
        out.flush();
      }
    }
  }

  static String executionArn(int writer) {
    return "arn:aws:states:us-east-1:123456789012:execution:crash:run-" + writer;
  }

  static String token(int writer, long step) {
    return writer + "-" + step;
  }

  private static ExecutionRecord execution(String arn) {
    return new ExecutionRecord(
        arn,
        "arn:aws:states:us-east-1:123456789012:stateMachine:crash",
        arn.substring(arn.lastIndexOf(':') + 1),
        MachineType.STANDARD,
        ExecutionStatus.RUNNING,
        "{}",
        "arn:aws:iam::123456789012:role/sfn",
        "{}",
        null,
        null,
        null,
        T0,
        null,
        null,
        null,
        0,
        null,
        null);
  }

  private static HistoryEvent event(long id, String type) {
    return new HistoryEvent(id, id - 1, T0.plusMillis(id), type, null, null);
  }

  private static ExecutionFrame frame(long enteredEventId) {
    return new ExecutionFrame("", "S" + enteredEventId, "{}", enteredEventId, "{}");
  }

  private static TaskCallback callback(String token, String arn) {
    return new TaskCallback(token, arn, "", null, "{}", T0, null, null);
  }
}
