package dev.sluice.aws.logs.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.logs.internal.LogsRequest;
import dev.sluice.core.result.Result;

/**
 * One CloudWatch Logs operation on the wire: reads its input shape, calls the log service, builds
 * its output shape. Failures are returned and rendered by the endpoint.
 */
@FunctionalInterface
public interface LogsBinding {
  Result<ObjectNode> handle(LogsRequest request);
}
