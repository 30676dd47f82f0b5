package dev.sluice.store.internal.workflows;

import dev.sluice.core.workflows.ExecutionFrame;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.Progress;
import dev.sluice.store.internal.jdbc.SharedBatches;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The writes of one execution step, inside the caller's transaction; each may run again. Rows go to
 * the transaction's {@link SharedBatches}, so that the steps sharing a commit write each table with
 * one batch: finished scopes are dropped before frames are replaced, and the record is written
 * last.
 */
final class ProgressWrites {
  private ProgressWrites() {}

  /** A new execution with its first events and frames, unless its ARN exists. */
  static ExecutionRecord start(
      Connection c,
      SharedBatches batches,
      ExecutionRecord execution,
      List<HistoryEvent> events,
      List<ExecutionFrame> frames)
      throws SQLException {
    if (!ExecutionTable.insertIfAbsent(c, execution)) {
      return ExecutionTable.find(c, execution.arn())
          .orElseThrow(() -> new IllegalStateException("Vanished: " + execution.arn()));
    }
    declareOrder(batches);
    HistoryTable.append(batches, execution.arn(), events);
    FrameTable.put(batches, execution.arn(), frames);
    return execution;
  }

  static Void apply(SharedBatches batches, Progress progress) {
    String arn = progress.executionArn();
    declareOrder(batches);
    HistoryTable.append(batches, arn, progress.events());
    FrameTable.drop(batches, arn, progress.dropped());
    FrameTable.put(batches, arn, progress.frames());
    CallbackTable.insert(batches, progress.callbacks());
    if (progress.record() != null) {
      ExecutionTable.update(batches, progress.record());
    }
    return null;
  }

  private static void declareOrder(SharedBatches batches) {
    batches.declare(HistoryTable.INSERT);
    batches.declare(FrameTable.DELETE);
    batches.declare(FrameTable.MERGE);
    batches.declare(CallbackTable.INSERT);
    batches.declare(ExecutionTable.UPDATE);
  }
}
