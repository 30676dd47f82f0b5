package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.RequestContexts;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.aws.s3.internal.VersionIds;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;

/** {@code DELETE /bucket/key}: 204, whether or not the key existed. */
public final class DeleteObject implements S3Binding {
  private final ObjectService objects;

  public DeleteObject(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    return VersionIds.check(request.query())
        .flatMap(
            ok ->
                objects.deleteObject(
                    request.bucket(), request.key(), RequestContexts.forBucket(request, objects)))
        .map(done -> S3Responses.noContent());
  }
}
