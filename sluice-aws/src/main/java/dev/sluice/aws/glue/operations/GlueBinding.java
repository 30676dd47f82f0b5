package dev.sluice.aws.glue.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.glue.internal.GlueRequest;
import dev.sluice.core.result.Result;

/**
 * One Glue operation on the wire: reads its input shape, checks the model's constraints, calls the
 * job service, builds its output shape. Failures are returned and rendered by the endpoint.
 */
@FunctionalInterface
public interface GlueBinding {
  Result<ObjectNode> handle(GlueRequest request);
}
