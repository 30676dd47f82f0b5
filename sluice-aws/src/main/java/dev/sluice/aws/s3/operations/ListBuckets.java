package dev.sluice.aws.s3.operations;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.CanonicalUser;
import dev.sluice.aws.s3.internal.ContinuationToken;
import dev.sluice.aws.s3.internal.HttpDates;
import dev.sluice.aws.s3.internal.S3Errors;
import dev.sluice.aws.s3.internal.S3Request;
import dev.sluice.aws.s3.internal.S3Responses;
import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.result.Result;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /}: the caller's buckets by name, optionally filtered by {@code prefix} and {@code
 * bucket-region} and paged by {@code max-buckets} / {@code continuation-token}.
 */
public final class ListBuckets implements S3Binding {
  private final ObjectService objects;

  public ListBuckets(ObjectService objects) {
    this.objects = objects;
  }

  /** One page of buckets; {@code next} is the token of the following page, or null. */
  record Page(CanonicalUser owner, List<Bucket> buckets, String prefix, String next) {}

  @Override
  public Result<HttpResponse> handle(S3Request request) {
    var q = request.query();
    var max = maxBuckets(q.first("max-buckets"));
    var after =
        q.first("continuation-token") == null
            ? Result.ok("")
            : ContinuationToken.decode(q.first("continuation-token"));
    if (!max.isOk() || !after.isOk()) {
      return Result.err(max.isOk() ? after.failure() : max.failure());
    }
    var prefix = q.first("prefix");
    var region = q.first("bucket-region");
    var account = request.identity() == null ? null : request.identity().account();
    var matching =
        objects.listBuckets(account).stream()
            .filter(b -> prefix == null || b.name().startsWith(prefix))
            .filter(b -> region == null || region.equals(b.region()))
            .filter(b -> b.name().compareTo(after.value()) > 0)
            .sorted(Comparator.comparing(Bucket::name))
            .toList();
    var page = matching.subList(0, Math.min(max.value(), matching.size()));
    var next =
        page.size() < matching.size() ? ContinuationToken.encode(page.getLast().name()) : null;
    return Result.ok(
        S3Responses.xml(render(new Page(CanonicalUser.of(account), page, prefix, next))));
  }

  static XmlWriter render(Page page) {
    var xml = XmlWriter.s3Document("ListAllMyBucketsResult");
    page.owner().write(xml, "Owner");
    xml.start("Buckets");
    for (var bucket : page.buckets()) {
      xml.start("Bucket")
          .element("Name", bucket.name())
          .element("CreationDate", HttpDates.iso8601(bucket.createdAt()))
          .element("BucketRegion", bucket.region())
          .end();
    }
    xml.end();
    return xml.optional("ContinuationToken", page.next()).optional("Prefix", page.prefix());
  }

  private static Result<Integer> maxBuckets(String raw) {
    if (raw == null) {
      return Result.ok(Integer.MAX_VALUE);
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value >= 1 && value <= 10000) {
        return Result.ok(value);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    return Result.err(
        S3Errors.invalidArgument(
            "Argument max-buckets must be an integer between 1 and 10000", "max-buckets", raw));
  }
}
