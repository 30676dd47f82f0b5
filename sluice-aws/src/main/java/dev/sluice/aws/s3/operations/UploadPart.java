package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.ChecksumHeaders;
import dev.sluice.aws.s3.internal.IntegerParameter;
import dev.sluice.aws.s3.internal.S3Errors;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.UploadPartInput;
import dev.sluice.core.result.Result;

/** {@code PUT /bucket/key?partNumber=N&uploadId=U}: stores one part, answers with its ETag. */
public final class UploadPart implements S3Binding {
  private final ObjectService objects;

  public UploadPart(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    if (!PutObject.declaresLength(request)) {
      return Result.err(S3Errors.missingContentLength());
    }
    var part = IntegerParameter.partNumber(request.query().first("partNumber"));
    var digests = ChecksumHeaders.expected(request.headers(), request.call()::trailers);
    if (!part.isOk() || !digests.isOk()) {
      return Result.err(part.isOk() ? digests.failure() : part.failure());
    }
    var input =
        new UploadPartInput(
            request.bucket(),
            request.key(),
            request.query().first("uploadId"),
            part.value(),
            request.call().payload(),
            request.call().payloadLength(),
            digests.value());
    return objects
        .uploadPart(input)
        .map(stored -> S3Responses.stored(stored.etag(), stored.checksums()));
  }
}
