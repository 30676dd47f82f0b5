package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;

/** {@code HEAD /bucket}: 200 with the bucket's region, or the status of the failure. */
public final class HeadBucket implements S3Binding {
  private final ObjectService objects;

  public HeadBucket(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    return objects
        .headBucket(request.bucket())
        .map(
            bucket -> {
              var response = S3Responses.ok();
              response.headers().set("x-amz-bucket-region", bucket.region());
              response.headers().set("x-amz-access-point-alias", "false");
              return response;
            });
  }
}
