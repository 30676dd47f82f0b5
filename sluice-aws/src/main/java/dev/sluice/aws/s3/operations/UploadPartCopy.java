package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.ChecksumXml;
import dev.sluice.aws.s3.internal.ConditionalHeaders;
import dev.sluice.aws.s3.internal.CopySource;
import dev.sluice.aws.s3.internal.HttpDates;
import dev.sluice.aws.s3.internal.IntegerParameter;
import dev.sluice.aws.s3.internal.RangeHeader;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.ByteRange;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.Part;
import dev.sluice.core.objects.UploadPartCopyInput;
import dev.sluice.core.result.Result;

/**
 * {@code PUT /bucket/key?partNumber=N&uploadId=U} with {@code x-amz-copy-source}: a part taken from
 * (an {@code x-amz-copy-source-range} of) an existing object.
 */
public final class UploadPartCopy implements S3Binding {
  private final ObjectService objects;

  public UploadPartCopy(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    var part = IntegerParameter.partNumber(request.query().first("partNumber"));
    var source = CopySource.parse(request.header("x-amz-copy-source"));
    var rangeHeader = request.header("x-amz-copy-source-range");
    Result<ByteRange> range =
        rangeHeader == null ? Result.ok(null) : RangeHeader.parseCopySourceRange(rangeHeader);
    for (var step : new Result<?>[] {part, source, range}) {
      if (!step.isOk()) {
        return Result.err(step.failure());
      }
    }
    var input =
        new UploadPartCopyInput(
            request.bucket(),
            request.key(),
            request.query().first("uploadId"),
            part.value(),
            source.value().bucket(),
            source.value().key(),
            range.value(),
            ConditionalHeaders.ofCopySource(request.headers()));
    return objects.uploadPartCopy(input).map(copied -> S3Responses.xml(render(copied)));
  }

  static XmlWriter render(Part part) {
    var xml =
        XmlWriter.s3Document("CopyPartResult")
            .element("ETag", part.etag())
            .element("LastModified", HttpDates.iso8601(part.lastModified()));
    ChecksumXml.write(xml, part.checksums());
    return xml;
  }
}
