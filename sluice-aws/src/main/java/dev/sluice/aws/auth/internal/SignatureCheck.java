package dev.sluice.aws.auth.internal;

import dev.sluice.aws.http.HttpRequest;
import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Recomputes a request's SigV4 signature and compares it with the one sent. Where SigV4 leaves
 * clients room (path and query escaping, which payload hash a presigned request used), each reading
 * is tried; the failure reports the strict reading.
 */
public final class SignatureCheck {

  private SignatureCheck() {}

  /**
   * @param payloadHashes the payload hashes the client may have signed, most likely first
   * @return the signing key, to verify chunk signatures with
   */
  public static Result<SigningKey> verify(
      HttpRequest request,
      QueryParameters query,
      boolean s3,
      SignatureV4 signature,
      String secretAccessKey,
      List<String> payloadHashes,
      AuthErrors errors) {
    var key = SigningKey.derive(secretAccessKey, signature.scope());
    var headers =
        CanonicalHeaders.render(signature.signedHeaders(), request.headers(), request.host());
    var signedHeaders = String.join(";", signature.signedHeaders());
    var provided = signature.signature().getBytes(StandardCharsets.US_ASCII);
    SignatureMismatch reported = null;
    for (var payloadHash : payloadHashes) {
      for (var uri : CanonicalUri.candidates(request.rawPath(), s3)) {
        for (var canonicalQuery : CanonicalQuery.candidates(query, signature.presigned())) {
          var canonical =
              new CanonicalRequest(
                      request.method(), uri, canonicalQuery, headers, signedHeaders, payloadHash)
                  .text();
          var stringToSign =
              StringToSign.forRequest(signature.amzDate(), signature.scope(), canonical);
          var expected = key.sign(stringToSign).getBytes(StandardCharsets.US_ASCII);
          if (MessageDigest.isEqual(expected, provided)) {
            return Result.ok(key);
          }
          if (reported == null) {
            reported =
                new SignatureMismatch(
                    signature.accessKeyId(), canonical, stringToSign, signature.signature());
          }
        }
      }
    }
    return Result.err(errors.signatureMismatch(reported));
  }
}
