package dev.sluice.core.pipelines;

import java.util.List;

/**
 * DescribePipelines' {@code PipelineDescription}: the {@code @}-fields AWS answers ({@code
 * @pipelineState}, {@code @creationTime}, {@code @id}, {@code name}, {@code uniqueId}, ...).
 */
public record PipelineDescription(
    String pipelineId, String name, List<Field> fields, String description, List<Tag> tags) {
  public PipelineDescription {
    fields = List.copyOf(fields);
    tags = List.copyOf(tags);
  }
}
