package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;

/**
 * {@code GET /bucket/key}: the object's bytes straight from the store's channel (whole, a range or
 * a part), with its stored headers and any {@code response-*} overrides.
 */
public final class GetObject implements S3Binding {
  private final ObjectReads reads;

  public GetObject(ObjectService objects) {
    this.reads = new ObjectReads(objects);
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    return reads.read(request, true);
  }
}
