package dev.sluice.aws.datapipeline.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.ValidationReport;
import dev.sluice.core.result.Result;
import java.util.List;
import java.util.function.BiFunction;

/** The input of PutPipelineDefinition and ValidatePipelineDefinition: a pipeline's definition. */
public record DefinitionInput(
    String pipelineId,
    List<PipelineObjectShape> pipelineObjects,
    List<ParameterObjectShape> parameterObjects,
    List<ParameterValueShape> parameterValues) {

  /**
   * The answer of both operations: when this input holds to the model, what {@code operation} finds
   * validating its definition for its pipeline ({@code errored}, errors and warnings by object).
   */
  public Result<ObjectNode> report(
      BiFunction<String, PipelineDefinition, Result<ValidationReport>> operation) {
    return check()
        .then(() -> operation.apply(pipelineId, definition()))
        .map(DataPipelineJson::report);
  }

  private Constraints check() {
    var constraints =
        Constraints.ofPipeline(pipelineId).required(pipelineObjects, "pipelineObjects");
    PipelineObjectShape.check(constraints, pipelineObjects, "pipelineObjects");
    ParameterObjectShape.check(constraints, parameterObjects, "parameterObjects");
    return ParameterValueShape.check(constraints, parameterValues, "parameterValues");
  }

  private PipelineDefinition definition() {
    return new PipelineDefinition(
        PipelineObjectShape.toObjects(pipelineObjects),
        ParameterObjectShape.toParameters(parameterObjects),
        ParameterValueShape.toValues(parameterValues));
  }
}
