package dev.sluice.core.pipelines;

import java.util.List;

/** What PutPipelineDefinition stores and GetPipelineDefinition answers. */
public record PipelineDefinition(
    List<PipelineObject> objects,
    List<ParameterObject> parameterObjects,
    List<ParameterValue> parameterValues) {

  public PipelineDefinition {
    objects = objects == null ? List.of() : List.copyOf(objects);
    parameterObjects = parameterObjects == null ? List.of() : List.copyOf(parameterObjects);
    parameterValues = parameterValues == null ? List.of() : List.copyOf(parameterValues);
  }

  public static PipelineDefinition empty() {
    return new PipelineDefinition(List.of(), List.of(), List.of());
  }
}
