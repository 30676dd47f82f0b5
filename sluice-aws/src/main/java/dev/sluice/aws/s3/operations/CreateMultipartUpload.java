package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.ChecksumHeaders;
import dev.sluice.aws.s3.internal.ObjectHeaders;
import dev.sluice.aws.s3.internal.RequestContexts;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;

/** {@code POST /bucket/key?uploads}: starts an upload with the object's future attributes. */
public final class CreateMultipartUpload implements S3Binding {
  private final ObjectService objects;

  public CreateMultipartUpload(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    var attributes = ObjectHeaders.read(request.headers());
    var algorithm = ChecksumHeaders.declaredAlgorithm(request.headers());
    if (!attributes.isOk() || !algorithm.isOk()) {
      return Result.err(attributes.isOk() ? algorithm.failure() : attributes.failure());
    }
    return objects
        .createMultipartUpload(
            request.bucket(),
            request.key(),
            attributes.value(),
            algorithm.value(),
            RequestContexts.forBucket(request, objects))
        .map(
            upload -> {
              var response = S3Responses.xml(render(upload));
              if (upload.algorithm() != null) {
                response.headers().set("x-amz-checksum-algorithm", upload.algorithm().name());
              }
              return response;
            });
  }

  static XmlWriter render(MultipartUpload upload) {
    return XmlWriter.s3Document("InitiateMultipartUploadResult")
        .element("Bucket", upload.bucket())
        .element("Key", upload.key())
        .element("UploadId", upload.uploadId());
  }
}
