package dev.sluice.core.pipelines;

import java.util.List;

/** One page of ListPipelines; {@code marker} continues it (null on the last page). */
public record PipelinePage(List<PipelineSummary> pipelines, String marker, boolean hasMoreResults) {
  public PipelinePage {
    pipelines = List.copyOf(pipelines);
  }
}
