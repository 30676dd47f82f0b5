package dev.sluice.aws.auth.internal;

import dev.sluice.aws.http.HttpRequest;
import dev.sluice.core.result.Result;

/** Finds a request's signature: Authorization header, presigned query, or none. */
public final class AuthorizationReader {

  private AuthorizationReader() {}

  public static Result<ParsedAuthorization> read(
      HttpRequest request, QueryParameters query, boolean s3, AuthErrors errors) {
    var header = request.headers().first("authorization");
    boolean hasHeader = header != null && !header.isBlank();
    boolean presigned = PresignedQueryParser.isPresigned(query);
    if (hasHeader && presigned) {
      var refused = errors.bothAuthMechanisms(header);
      if (refused.isPresent()) {
        return Result.err(refused.get());
      }
    }
    if (hasHeader) {
      return AuthorizationHeaderParser.parse(header.trim(), request.headers(), errors);
    }
    if (presigned) {
      return PresignedQueryParser.parse(query, errors, s3);
    }
    if (query.has("AWSAccessKeyId") && query.has("Signature")) {
      return Result.ok(new ParsedAuthorization.SignatureV2(query.first("AWSAccessKeyId")));
    }
    return Result.ok(new ParsedAuthorization.Unsigned());
  }
}
