package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.CanonicalUser;
import dev.sluice.aws.s3.internal.EncodingType;
import dev.sluice.aws.s3.internal.ListingParameters;
import dev.sluice.aws.s3.internal.ListingXml;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.ListObjectsInput;
import dev.sluice.core.objects.ObjectListing;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;

/**
 * {@code GET /bucket} (version 1): a page of keys after {@code marker}; {@code NextMarker} only
 * when a delimiter was given and the page is truncated, as in S3 (clients otherwise continue from
 * the last key).
 */
public final class ListObjects implements S3Binding {
  private final ObjectService objects;

  public ListObjects(ObjectService objects) {
    this.objects = objects;
  }

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    return ListingParameters.of(request.query(), "max-keys").flatMap(p -> list(request, p));
  }

  private Result<HttpResponse> list(S3Request request, ListingParameters params) {
    var input =
        new ListObjectsInput(
            request.bucket(),
            params.prefix(),
            params.delimiter(),
            request.query().nonEmpty("marker"),
            params.max());
    return objects
        .listObjects(input)
        .map(
            listing -> {
              var owner = CanonicalUser.ofBucket(objects, request.bucket());
              return S3Responses.xml(render(input, listing, params.encoding(), owner));
            });
  }

  static XmlWriter render(
      ListObjectsInput input, ObjectListing listing, EncodingType encoding, CanonicalUser owner) {
    var xml =
        XmlWriter.s3Document("ListBucketResult")
            .element("Name", input.bucket())
            .element("Prefix", encoding.apply(input.prefix()))
            .element(
                "Marker", encoding.apply(input.startAfter() == null ? "" : input.startAfter()));
    if (input.delimiter() != null && listing.truncated() && listing.last() != null) {
      xml.element("NextMarker", encoding.apply(listing.last()));
    }
    xml.element("MaxKeys", input.maxKeys())
        .optional("Delimiter", encoding.apply(input.delimiter()))
        .element("IsTruncated", listing.truncated());
    ListingXml.contents(xml, listing.contents(), encoding, owner);
    ListingXml.commonPrefixes(xml, listing.commonPrefixes(), encoding);
    return xml.optional("EncodingType", encoding.responseValue());
  }
}
