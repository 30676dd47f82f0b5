package dev.sluice.core.pipelines;

import java.util.List;

/**
 * One change of one pipeline, committed in one transaction only if the stored revision is still
 * {@code expectedRevision}: the new record (its revision is {@code expectedRevision + 1}), run
 * objects inserted or replaced (by pipeline id + object id), and outbox events.
 *
 * @param dropRunObjects remove every run object of the pipeline before the upserts (deletion)
 */
public record PipelineChange(
    StoredPipeline pipeline,
    long expectedRevision,
    List<RunObject> upserts,
    boolean dropRunObjects,
    List<ScheduledEvent> events) {

  public PipelineChange {
    upserts = List.copyOf(upserts);
    events = List.copyOf(events);
  }

  public static PipelineChange of(StoredPipeline updated, long expectedRevision) {
    return new PipelineChange(updated, expectedRevision, List.of(), false, List.of());
  }
}
