package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;

/** {@code HEAD /bucket/key}: GetObject's status and headers without the body. */
public final class HeadObject implements S3Binding {
  private final ObjectReads reads;

  public HeadObject(ObjectService objects) {
    this.reads = new ObjectReads(objects);
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    return reads.read(request, false);
  }
}
