package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.ChecksumHeaders;
import dev.sluice.aws.s3.internal.ChecksumXml;
import dev.sluice.aws.s3.internal.ConditionalHeaders;
import dev.sluice.aws.s3.internal.CopySource;
import dev.sluice.aws.s3.internal.HttpDates;
import dev.sluice.aws.s3.internal.ObjectHeaders;
import dev.sluice.aws.s3.internal.RequestContexts;
import dev.sluice.aws.s3.internal.S3Errors;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.CopyObjectInput;
import dev.sluice.core.objects.MetadataDirective;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;

/**
 * {@code PUT /bucket/key} with {@code x-amz-copy-source}: copies an object, keeping its attributes
 * (COPY) or taking the request's (REPLACE).
 */
public final class CopyObject implements S3Binding {
  private final ObjectService objects;

  public CopyObject(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    var source = CopySource.parse(request.header("x-amz-copy-source"));
    var directive = directive(request.header("x-amz-metadata-directive"));
    var attributes = ObjectHeaders.read(request.headers());
    var algorithm = ChecksumHeaders.declaredAlgorithm(request.headers());
    for (var step : new Result<?>[] {source, directive, attributes, algorithm}) {
      if (!step.isOk()) {
        return Result.err(step.failure());
      }
    }
    var input =
        new CopyObjectInput(
            source.value().bucket(),
            source.value().key(),
            request.bucket(),
            request.key(),
            directive.value(),
            attributes.value(),
            ConditionalHeaders.ofCopySource(request.headers()),
            algorithm.value(),
            RequestContexts.forBucket(request, objects));
    return objects.copyObject(input).map(record -> S3Responses.xml(render(record)));
  }

  static XmlWriter render(ObjectRecord record) {
    var xml =
        XmlWriter.s3Document("CopyObjectResult")
            .element("ETag", record.etag())
            .element("LastModified", HttpDates.iso8601(record.lastModified()));
    ChecksumXml.writeType(xml, record.checksums());
    ChecksumXml.write(xml, record.checksums());
    return xml;
  }

  static Result<MetadataDirective> directive(String header) {
    if (header == null) {
      return Result.ok(MetadataDirective.COPY);
    }
    return switch (header.trim()) {
      case "COPY" -> Result.ok(MetadataDirective.COPY);
      case "REPLACE" -> Result.ok(MetadataDirective.REPLACE);
      default ->
          Result.err(
              S3Errors.invalidArgument(
                  "Unknown metadata directive.", "x-amz-metadata-directive", header));
    };
  }
}
