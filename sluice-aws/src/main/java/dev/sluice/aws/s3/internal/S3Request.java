package dev.sluice.aws.s3.internal;

import dev.sluice.aws.auth.Identity;
import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.http.Headers;
import dev.sluice.core.result.Result;

/**
 * A request as S3 sees it: which bucket and key it addresses, its decoded query, and the call it
 * came in.
 *
 * @param bucket the bucket, or null for service-level requests ({@code GET /})
 * @param key the object key, or null for bucket-level requests (an empty key is bucket-level)
 * @param virtualHosted whether the bucket came from the Host header
 * @param region the region the request was signed for, or the default region
 */
public record S3Request(
    AwsCall call,
    String bucket,
    String key,
    boolean virtualHosted,
    QueryParameters query,
    String region) {

  /** Reads bucket, key and query from the call; bad percent-encoding is InvalidURI. */
  public static Result<S3Request> of(AwsCall call, VirtualHost hosts, String defaultRegion) {
    var http = call.request();
    var region =
        call.identity() != null && call.identity().region() != null
            ? call.identity().region()
            : defaultRegion;
    var hostBucket = hosts.bucket(http.host());
    var path = http.rawPath() == null || http.rawPath().isEmpty() ? "/" : http.rawPath();
    var query = QueryParameters.parse(http.rawQuery());
    if (!query.isOk()) {
      return Result.err(query.failure());
    }
    if (hostBucket.isPresent()) {
      var key = path.length() > 1 ? UriDecoding.path(path.substring(1)) : Result.ok((String) null);
      return key.map(k -> new S3Request(call, hostBucket.get(), k, true, query.value(), region));
    }
    return pathStyle(call, path, query.value(), region);
  }

  private static Result<S3Request> pathStyle(
      AwsCall call, String path, QueryParameters query, String region) {
    var rest = path.substring(1);
    if (rest.isEmpty()) {
      return Result.ok(new S3Request(call, null, null, false, query, region));
    }
    int slash = rest.indexOf('/');
    var rawBucket = slash < 0 ? rest : rest.substring(0, slash);
    var rawKey = slash < 0 || slash == rest.length() - 1 ? null : rest.substring(slash + 1);
    var bucket = UriDecoding.path(rawBucket);
    var key = rawKey == null ? Result.ok((String) null) : UriDecoding.path(rawKey);
    if (!bucket.isOk() || !key.isOk()) {
      return Result.err(S3Errors.invalidUri());
    }
    return Result.ok(new S3Request(call, bucket.value(), key.value(), false, query, region));
  }

  public String method() {
    return call.request().method();
  }

  public Headers headers() {
    return call.request().headers();
  }

  /** The first value of a request header, or null. */
  public String header(String name) {
    return call.request().headers().first(name);
  }

  public Identity identity() {
    return call.identity();
  }

  public String requestId() {
    return call.requestId();
  }
}
