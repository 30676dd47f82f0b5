package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.CanonicalUser;
import dev.sluice.aws.s3.internal.EncodingType;
import dev.sluice.aws.s3.internal.HttpDates;
import dev.sluice.aws.s3.internal.ListingParameters;
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
    return ListingParameters.of(request.query(), "max-uploads").flatMap(p -> list(request, p));
  }

  private Result<HttpResponse> list(S3Request request, ListingParameters params) {
    var q = request.query();
    var input =
        new ListUploadsInput(
            request.bucket(),
            params.prefix(),
            params.delimiter(),
            q.nonEmpty("key-marker"),
            q.nonEmpty("upload-id-marker"),
            params.max());
    return objects
        .listMultipartUploads(input)
        .map(listing -> S3Responses.xml(render(input, listing, params.encoding())));
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
