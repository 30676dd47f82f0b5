package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.CanonicalUser;
import dev.sluice.aws.s3.internal.EncodingType;
import dev.sluice.aws.s3.internal.HttpDates;
import dev.sluice.aws.s3.internal.IntegerParameter;
import dev.sluice.aws.s3.internal.ListingXml;
import dev.sluice.aws.s3.internal.ObjectHeaders;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.ListUploadsInput;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.UploadListing;
import dev.sluice.core.result.Result;

/** {@code GET /bucket?uploads}: a page of the bucket's uploads in progress. */
public final class ListMultipartUploads implements S3Binding {
  private final ObjectService objects;

  public ListMultipartUploads(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    var q = request.query();
    var max = IntegerParameter.parse(q, "max-uploads", 1000, 1000);
    var encoding = EncodingType.of(q);
    if (!max.isOk() || !encoding.isOk()) {
      return Result.err(max.isOk() ? encoding.failure() : max.failure());
    }
    var input =
        new ListUploadsInput(
            request.bucket(),
            q.first("prefix") == null ? "" : q.first("prefix"),
            q.nonEmpty("delimiter"),
            q.nonEmpty("key-marker"),
            q.nonEmpty("upload-id-marker"),
            max.value());
    return objects
        .listMultipartUploads(input)
        .map(listing -> S3Responses.xml(render(input, listing, encoding.value())));
  }

  static XmlWriter render(ListUploadsInput input, UploadListing listing, EncodingType encoding) {
    var xml =
        XmlWriter.s3Document("ListMultipartUploadsResult")
            .element("Bucket", input.bucket())
            .element("KeyMarker", encoding.apply(orEmpty(input.keyMarker())))
            .element("UploadIdMarker", orEmpty(input.uploadIdMarker()))
            .element("NextKeyMarker", encoding.apply(orEmpty(listing.nextKeyMarker())))
            .element("NextUploadIdMarker", orEmpty(listing.nextUploadIdMarker()));
    xml.optional("Delimiter", encoding.apply(input.delimiter()))
        .element("Prefix", encoding.apply(input.prefix()))
        .element("MaxUploads", input.maxUploads())
        .element("IsTruncated", listing.truncated());
    for (var upload : listing.uploads()) {
      var owner = CanonicalUser.of(upload.owner());
      xml.start("Upload")
          .element("Key", encoding.apply(upload.key()))
          .element("UploadId", upload.uploadId());
      owner.write(xml, "Initiator");
      owner.write(xml, "Owner");
      xml.element("StorageClass", ObjectHeaders.storageClass(upload.attributes()))
          .element("Initiated", HttpDates.iso8601(upload.initiated()));
      if (upload.algorithm() != null) {
        xml.element("ChecksumAlgorithm", upload.algorithm().name());
      }
      xml.end();
    }
    ListingXml.commonPrefixes(xml, listing.commonPrefixes(), encoding);
    return xml.optional("EncodingType", encoding.responseValue());
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
