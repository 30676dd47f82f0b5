package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.CreatePipelineInput;
import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.PipelineDescription;
import dev.sluice.core.pipelines.PipelinePage;
import dev.sluice.core.pipelines.PipelineSummary;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;

/** CreatePipeline, DeletePipeline, ListPipelines and DescribePipelines. */
final class PipelineOperations {
  static final int LIST_PAGE = 100;
  static final int MAX_DESCRIBED = 25;
  private final PipelineCatalog catalog;
  private final PipelineLookup lookup;
  private final PipelineWrites writes;
  private final NewPipelines created;

  PipelineOperations(
      PipelineCatalog catalog, PipelineLookup lookup, PipelineWrites writes, NewPipelines created) {
    this.catalog = catalog;
    this.lookup = lookup;
    this.writes = writes;
    this.created = created;
  }

  Result<String> create(CreatePipelineInput input) {
    return NewPipelines.checkNames(input.name(), input.uniqueId())
        .flatMap(ok -> TagRules.merge(List.of(), input.tags()))
        .map(
            tags ->
                created.insert(
                    input.name(),
                    input.uniqueId(),
                    input.description(),
                    tags,
                    input.account(),
                    null,
                    null));
  }

  Result<Void> delete(String pipelineId) {
    return writes.delete(pipelineId).map(deleted -> null);
  }

  Result<PipelinePage> list(String marker) {
    return Markers.decode(marker).map(this::pageAfter);
  }

  Result<List<PipelineDescription>> describe(List<String> pipelineIds) {
    if (pipelineIds == null) {
      return PipelineFailures.missing("pipelineIds");
    }
    if (pipelineIds.size() > MAX_DESCRIBED) {
      return PipelineFailures.invalid(
          "Too many pipeline ids: at most " + MAX_DESCRIBED + " can be described in one call");
    }
    var descriptions = new ArrayList<PipelineDescription>();
    for (var id : pipelineIds) {
      var pipeline = lookup.live(id);
      if (!pipeline.isOk()) {
        return pipeline.map(p -> List.of());
      }
      descriptions.add(PipelineDescriptions.of(pipeline.value()));
    }
    return Result.ok(descriptions);
  }

  private PipelinePage pageAfter(String afterId) {
    var rows = catalog.list(afterId, LIST_PAGE + 1);
    boolean more = rows.size() > LIST_PAGE;
    var shown = more ? rows.subList(0, LIST_PAGE) : rows;
    var summaries = shown.stream().map(p -> new PipelineSummary(p.id(), p.name())).toList();
    var marker = more ? Markers.encode(shown.get(LIST_PAGE - 1).id()) : null;
    return new PipelinePage(summaries, marker, more);
  }
}
