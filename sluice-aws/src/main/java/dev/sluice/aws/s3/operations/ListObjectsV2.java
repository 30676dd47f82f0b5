package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.CanonicalUser;
import dev.sluice.aws.s3.internal.ContinuationToken;
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
 * {@code GET /bucket?list-type=2}: a page of keys and common prefixes; the continuation token is
 * opaque to clients (the base64url of the last key or prefix returned).
 */
public final class ListObjectsV2 implements S3Binding {
  private final ObjectService objects;

  public ListObjectsV2(ObjectService objects) {
    this.objects = objects;
  }

  /** The request's parameters as the response echoes them. */
  record Params(
      String bucket,
      String prefix,
      String delimiter,
      int maxKeys,
      String continuationToken,
      String startAfter,
      EncodingType encoding,
      boolean fetchOwner) {}

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    var q = request.query();
    var common = ListingParameters.of(q, "max-keys");
    var token = q.first("continuation-token");
    var after =
        token == null ? Result.ok(q.nonEmpty("start-after")) : ContinuationToken.decode(token);
    for (var step : new Result<?>[] {common, after}) {
      if (!step.isOk()) {
        return Result.err(step.failure());
      }
    }
    var params =
        new Params(
            request.bucket(),
            common.value().prefix(),
            common.value().delimiter(),
            common.value().max(),
            token,
            q.first("start-after"),
            common.value().encoding(),
            "true".equals(q.first("fetch-owner")));
    var input =
        new ListObjectsInput(
            params.bucket(), params.prefix(), params.delimiter(), after.value(), params.maxKeys());
    return objects
        .listObjects(input)
        .map(listing -> S3Responses.xml(render(params, listing, owner(params))));
  }

  private CanonicalUser owner(Params params) {
    return params.fetchOwner() ? CanonicalUser.ofBucket(objects, params.bucket()) : null;
  }

  static XmlWriter render(Params params, ObjectListing listing, CanonicalUser owner) {
    var encoding = params.encoding();
    var xml =
        XmlWriter.s3Document("ListBucketResult")
            .element("Name", params.bucket())
            .element("Prefix", encoding.apply(params.prefix()))
            .optional("ContinuationToken", params.continuationToken());
    if (listing.truncated() && listing.last() != null) {
      xml.element("NextContinuationToken", ContinuationToken.encode(listing.last()));
    }
    xml.element("KeyCount", listing.contents().size() + listing.commonPrefixes().size())
        .element("MaxKeys", params.maxKeys())
        .optional("Delimiter", encoding.apply(params.delimiter()))
        .element("IsTruncated", listing.truncated())
        .optional("StartAfter", encoding.apply(params.startAfter()));
    ListingXml.contents(xml, listing.contents(), encoding, owner);
    ListingXml.commonPrefixes(xml, listing.commonPrefixes(), encoding);
    return xml.optional("EncodingType", encoding.responseValue());
  }
}
