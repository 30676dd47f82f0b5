package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.ChecksumHeaders;
import dev.sluice.aws.s3.internal.ObjectHeaders;
import dev.sluice.aws.s3.internal.RequestContexts;
import dev.sluice.aws.s3.internal.S3Errors;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.objects.PutObjectInput;
import dev.sluice.core.result.Result;

/**
 * {@code PUT /bucket/key}: streams the decoded payload into the store with the attributes and
 * digests of the headers; answers with the ETag and any computed checksum.
 */
public final class PutObject implements S3Binding {
  private final ObjectService objects;

  public PutObject(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    if (!declaresLength(request)) {
      return Result.err(S3Errors.missingContentLength());
    }
    var attributes = ObjectHeaders.read(request.headers());
    var digests = ChecksumHeaders.expected(request.headers(), request.call()::trailers);
    if (!attributes.isOk() || !digests.isOk()) {
      return Result.err(attributes.isOk() ? digests.failure() : attributes.failure());
    }
    var conditions =
        new Preconditions(request.header("If-Match"), request.header("If-None-Match"), null, null);
    var input =
        new PutObjectInput(
            request.bucket(),
            request.key(),
            request.call().payload(),
            request.call().payloadLength(),
            attributes.value(),
            digests.value(),
            conditions,
            RequestContexts.forBucket(request, objects));
    return objects
        .putObject(input)
        .map(record -> S3Responses.stored(record.etag(), record.checksums()));
  }

  /** Content-Length, or for aws-chunked bodies x-amz-decoded-content-length, must be sent. */
  static boolean declaresLength(S3Request request) {
    return request.call().request().contentLength() >= 0
        || request.headers().has("Content-Length")
        || request.headers().has("x-amz-decoded-content-length");
  }
}
