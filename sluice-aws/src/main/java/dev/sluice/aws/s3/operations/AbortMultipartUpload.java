package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;

/** {@code DELETE /bucket/key?uploadId=U}: drops the upload and its parts; 204. */
public final class AbortMultipartUpload implements S3Binding {
  private final ObjectService objects;

  public AbortMultipartUpload(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    return objects
        .abortMultipartUpload(request.bucket(), request.key(), request.query().first("uploadId"))
        .map(done -> S3Responses.noContent());
  }
}
