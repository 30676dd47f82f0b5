package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.CanonicalUser;
import dev.sluice.aws.s3.internal.ChecksumXml;
import dev.sluice.aws.s3.internal.HttpDates;
import dev.sluice.aws.s3.internal.IntegerParameter;
import dev.sluice.aws.s3.internal.ObjectHeaders;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.PartListing;
import dev.sluice.core.result.Result;

/** {@code GET /bucket/key?uploadId=U}: a page of the upload's parts. */
public final class ListParts implements S3Binding {
  private final ObjectService objects;

  public ListParts(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    var q = request.query();
    var max = IntegerParameter.parse(q, "max-parts", 1000, 1000);
    var marker = IntegerParameter.parse(q, "part-number-marker", 0, Integer.MAX_VALUE);
    if (!max.isOk() || !marker.isOk()) {
      return Result.err(max.isOk() ? marker.failure() : max.failure());
    }
    return objects
        .listParts(
            request.bucket(), request.key(), q.first("uploadId"), marker.value(), max.value())
        .map(listing -> S3Responses.xml(render(listing, marker.value(), max.value())));
  }

  static XmlWriter render(PartListing listing, int marker, int maxParts) {
    var upload = listing.upload();
    var owner = CanonicalUser.of(upload.owner());
    var xml =
        XmlWriter.s3Document("ListPartsResult")
            .element("Bucket", upload.bucket())
            .element("Key", upload.key())
            .element("UploadId", upload.uploadId());
    owner.write(xml, "Initiator");
    owner.write(xml, "Owner");
    xml.element("StorageClass", ObjectHeaders.storageClass(upload.attributes()))
        .element("PartNumberMarker", marker)
        .element("NextPartNumberMarker", listing.nextPartNumberMarker())
        .element("MaxParts", maxParts)
        .element("IsTruncated", listing.truncated());
    for (var part : listing.parts()) {
      xml.start("Part")
          .element("PartNumber", part.partNumber())
          .element("LastModified", HttpDates.iso8601(part.lastModified()))
          .element("ETag", part.etag())
          .element("Size", part.size());
      ChecksumXml.write(xml, part.checksums());
      xml.end();
    }
    if (upload.algorithm() != null) {
      xml.element("ChecksumAlgorithm", upload.algorithm().name());
    }
    return xml;
  }
}
