package dev.sluice.core.pipelines;

import java.util.List;

/** A pipeline object: a component of a definition, or an instance or attempt of one at runtime. */
public record PipelineObject(String id, String name, List<Field> fields) {
  public PipelineObject {
    fields = List.copyOf(fields);
  }
}
