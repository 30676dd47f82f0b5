package dev.sluice.store.internal.pipelines;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.PipelineChange;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.ScheduledEvent;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.time.Clock;
import dev.sluice.store.internal.events.OutboxTable;
import dev.sluice.store.internal.jdbc.StoreException;
import dev.sluice.store.internal.jdbc.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pipelines on a JDBC database: one row per pipeline with its record as JSON and a revision every
 * change checks and increments; its run objects in their own table; the events of a change in the
 * outbox, due when the change says.
 */
public final class JdbcPipelineCatalog implements PipelineCatalog {
  private static final String UNIQUE_VIOLATION = "23505";

  private final Transactions transactions;
  private final Clock clock;

  public JdbcPipelineCatalog(Transactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public StoredPipeline insertOrExisting(StoredPipeline pipeline) {
    try {
      return transactions.run("Creating pipeline " + pipeline.name(), c -> insert(c, pipeline));
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return transactions
            .run(
                "Reading pipeline " + pipeline.name(),
                c -> PipelineTable.findLive(c, pipeline.name(), pipeline.uniqueId()))
            .orElseThrow(() -> e);
      }
      throw e;
    }
  }

  private static StoredPipeline insert(Connection c, StoredPipeline pipeline) throws SQLException {
    var existing = PipelineTable.findLive(c, pipeline.name(), pipeline.uniqueId());
    if (existing.isPresent()) {
      return existing.get();
    }
    PipelineTable.insert(c, pipeline);
    return pipeline.withRevision(0);
  }

  @Override
  public Optional<StoredPipeline> find(String pipelineId) {
    return transactions.run(
        "Reading pipeline " + pipelineId, c -> PipelineTable.find(c, pipelineId));
  }

  @Override
  public List<StoredPipeline> list(String afterId, int limit) {
    return transactions.run("Listing pipelines", c -> PipelineTable.list(c, afterId, limit));
  }

  @Override
  public boolean commit(PipelineChange change) {
    return transactions.run(
        "Changing pipeline " + change.pipeline().id(), c -> commit(c, change, clock.now()));
  }

  private static boolean commit(Connection c, PipelineChange change, Instant now)
      throws SQLException {
    if (!PipelineTable.replace(c, change.pipeline(), change.expectedRevision())) {
      return false;
    }
    if (change.dropRunObjects()) {
      RunObjectTable.drop(c, change.pipeline().id());
    }
    RunObjectTable.upsert(c, change.upserts());
    List<Map.Entry<NewEvent, Instant>> events =
        change.events().stream().map(e -> entry(e, now)).toList();
    OutboxTable.insertDue(c, events, now);
    return true;
  }

  /** The event and its due time; one without a due time is due now. */
  private static Map.Entry<NewEvent, Instant> entry(ScheduledEvent event, Instant now) {
    return Map.entry(event.event(), event.due() == null ? now : event.due());
  }

  @Override
  public List<RunObject> runObjects(String pipelineId) {
    return transactions.run(
        "Reading the run objects of " + pipelineId, c -> RunObjectTable.ofPipeline(c, pipelineId));
  }

  @Override
  public Optional<RunObject> runObject(String pipelineId, String objectId) {
    return transactions.run(
        "Reading run object " + objectId, c -> RunObjectTable.find(c, pipelineId, objectId));
  }

  @Override
  public Optional<RunObject> attemptByTask(String taskId) {
    return transactions.run("Reading task " + taskId, c -> RunObjectTable.byTask(c, taskId));
  }

  @Override
  public List<RunObject> waitingAttempts(String workerGroup, int limit) {
    return transactions.run(
        "Reading the attempts waiting for " + workerGroup,
        c -> RunObjectTable.waiting(c, workerGroup, limit));
  }
}
