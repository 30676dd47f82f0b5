package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;

/**
 * One Step Functions operation on the wire: reads and checks its input shape, calls the workflow
 * service, builds its output shape. Failures are returned and rendered by the endpoint.
 */
@FunctionalInterface
public interface StatesBinding {
  Result<ObjectNode> handle(StatesRequest request);
}
