package dev.sluice.core.pipelines;

import java.util.List;

/** CreatePipeline's input; {@code account} is the caller's account (from the signature). */
public record CreatePipelineInput(
    String name, String uniqueId, String description, List<Tag> tags, String account) {
  public CreatePipelineInput {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
