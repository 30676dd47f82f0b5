package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;

/** {@code DELETE /bucket}: 204 once the (empty) bucket is gone. */
public final class DeleteBucket implements S3Binding {
  private final ObjectService objects;

  public DeleteBucket(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    return objects.deleteBucket(request.bucket()).map(done -> S3Responses.noContent());
  }
}
