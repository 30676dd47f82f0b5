package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.CreateBucketConfigurationXml;
import dev.sluice.aws.s3.internal.RequestBody;
import dev.sluice.aws.s3.internal.RequestContexts;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;

/** {@code PUT /bucket} with an optional CreateBucketConfiguration; answers with Location. */
public final class CreateBucket implements S3Binding {
  private final ObjectService objects;

  public CreateBucket(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    return RequestBody.bytes(request)
        .flatMap(body -> CreateBucketConfigurationXml.region(body, request.region()))
        .flatMap(
            region ->
                objects.createBucket(
                    request.bucket(), region, RequestContexts.inRegion(request, region)))
        .map(
            bucket -> {
              var response = S3Responses.ok();
              response.headers().set("Location", "/" + bucket.name());
              return response;
            });
  }
}
