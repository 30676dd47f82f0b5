package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.datapipeline.internal.DefinitionInput;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;

/**
 * {@code DataPipeline.PutPipelineDefinition}: validates and stores the definition; answers what
 * validation found ({@code errored}, and any errors and warnings by object).
 */
public final class PutPipelineDefinition implements DataPipelineBinding {
  private final PipelineService pipelines;

  public PutPipelineDefinition(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request
        .input(DefinitionInput.class)
        .flatMap(input -> input.report(pipelines::putPipelineDefinition));
  }
}
