package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.core.result.Result;

/**
 * One Data Pipeline operation on the wire: reads its input shape, checks the model's constraints,
 * calls the pipeline service, builds its output shape. Failures are returned and rendered by the
 * endpoint.
 */
@FunctionalInterface
public interface DataPipelineBinding {
  Result<ObjectNode> handle(DataPipelineRequest request);
}
