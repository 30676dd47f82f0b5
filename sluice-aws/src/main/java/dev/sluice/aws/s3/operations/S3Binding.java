package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.core.result.Result;

/**
 * One S3 operation on the wire: reads its request shape, calls the object service, renders the
 * result. Failures are returned, and rendered as S3's error document by the endpoint.
 */
@FunctionalInterface
public interface S3Binding {
  Result<HttpResponse> handle(S3Request request);
}
