package dev.sluice.store.internal.workflows;

import dev.sluice.core.workflows.ExecutionFrame;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.Progress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The writes of one execution step, inside the caller's transaction; each may run again. */
final class ProgressWrites {
  private ProgressWrites() {}

  /** A new execution with its first events and frames, unless its ARN exists. */
  static ExecutionRecord start(
      Connection c,
      ExecutionRecord execution,
      List<HistoryEvent> events,
      List<ExecutionFrame> frames)
      throws SQLException {
    if (!ExecutionTable.insertIfAbsent(c, execution)) {
      return ExecutionTable.find(c, execution.arn())
          .orElseThrow(() -> new IllegalStateException("Vanished: " + execution.arn()));
    }
    HistoryTable.append(c, execution.arn(), events);
    FrameTable.put(c, execution.arn(), frames);
    return execution;
  }

  static Void apply(Connection c, Progress progress) throws SQLException {
    String arn = progress.executionArn();
    HistoryTable.append(c, arn, progress.events());
    FrameTable.drop(c, arn, progress.dropped());
    FrameTable.put(c, arn, progress.frames());
    CallbackTable.insert(c, progress.callbacks());
    if (progress.record() != null) {
      ExecutionTable.update(c, progress.record());
    }
    return null;
  }
}
