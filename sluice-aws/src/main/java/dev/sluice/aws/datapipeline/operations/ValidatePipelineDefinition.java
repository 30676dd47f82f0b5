package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.datapipeline.internal.DefinitionInput;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;

/**
 * {@code DataPipeline.ValidatePipelineDefinition}: what PutPipelineDefinition would find, storing
 * nothing.
 */
public final class ValidatePipelineDefinition implements DataPipelineBinding {
  private final PipelineService pipelines;

  public ValidatePipelineDefinition(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request
        .input(DefinitionInput.class)
        .flatMap(input -> input.report(pipelines::validatePipelineDefinition));
  }
}
