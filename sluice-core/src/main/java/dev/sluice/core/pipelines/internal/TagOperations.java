package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.result.Result;
import java.util.HashSet;
import java.util.List;

/** AddTags and RemoveTags: merged by key, at most 10 per pipeline. */
final class TagOperations {
  private final PipelineWrites writes;

  TagOperations(PipelineWrites writes) {
    this.writes = writes;
  }

  Result<Void> add(String pipelineId, List<Tag> tags) {
    if (tags == null) {
      return PipelineFailures.missing("tags");
    }
    return writes
        .update(
            pipelineId,
            p -> TagRules.merge(p.tags(), tags).map(merged -> PipelineRecords.withTags(p, merged)))
        .map(updated -> null);
  }

  Result<Void> remove(String pipelineId, List<String> tagKeys) {
    if (tagKeys == null) {
      return PipelineFailures.missing("tagKeys");
    }
    var keys = new HashSet<>(tagKeys);
    return writes
        .update(
            pipelineId,
            p -> Result.ok(PipelineRecords.withTags(p, TagRules.remove(p.tags(), keys))))
        .map(updated -> null);
  }
}
