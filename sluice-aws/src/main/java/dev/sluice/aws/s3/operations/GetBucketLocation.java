package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;

/** {@code GET /bucket?location}: the region, empty for us-east-1 as S3 answers. */
public final class GetBucketLocation implements S3Binding {
  private final ObjectService objects;

  public GetBucketLocation(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    return objects
        .headBucket(request.bucket())
        .map(bucket -> S3Responses.xml(render(bucket.region())));
  }

  static XmlWriter render(String region) {
    var constraint = region == null || region.equals("us-east-1") ? "" : region;
    return XmlWriter.s3Document("LocationConstraint").text(constraint);
  }
}
