package dev.sluice.aws.datapipeline.internal;

import dev.sluice.core.pipelines.PipelineDefinition;
import java.util.List;

/** The input of PutPipelineDefinition and ValidatePipelineDefinition: a pipeline's definition. */
public record DefinitionInput(
    String pipelineId,
    List<PipelineObjectShape> pipelineObjects,
    List<ParameterObjectShape> parameterObjects,
    List<ParameterValueShape> parameterValues) {

  public Constraints check() {
    var constraints =
        new Constraints()
            .required(pipelineId, "pipelineId")
            .id(pipelineId, "pipelineId")
            .required(pipelineObjects, "pipelineObjects");
    PipelineObjectShape.check(constraints, pipelineObjects, "pipelineObjects");
    ParameterObjectShape.check(constraints, parameterObjects, "parameterObjects");
    return ParameterValueShape.check(constraints, parameterValues, "parameterValues");
  }

  public PipelineDefinition definition() {
    return new PipelineDefinition(
        PipelineObjectShape.toObjects(pipelineObjects),
        ParameterObjectShape.toParameters(parameterObjects),
        ParameterValueShape.toValues(parameterValues));
  }
}
