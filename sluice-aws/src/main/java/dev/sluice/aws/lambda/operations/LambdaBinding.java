package dev.sluice.aws.lambda.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.lambda.internal.LambdaRequest;
import dev.sluice.core.result.Result;

/**
 * One Lambda operation on the wire: reads its request shape, calls the functions service, renders
 * the result. Failures are returned and rendered by the endpoint.
 */
@FunctionalInterface
public interface LambdaBinding {
  Result<HttpResponse> handle(LambdaRequest request);
}
