package dev.sluice.aws.auth.internal;

import java.util.List;

/**
 * A SigV4 signature as the request carries it, in the Authorization header or presigned query.
 *
 * @param signedHeaders the lower-case names, in the order signed
 * @param amzDate the signing time as {@code yyyyMMdd'T'HHmmss'Z'}, or null when the request has no
 *     valid one
 * @param expiresSeconds {@code X-Amz-Expires} of a presigned request, or -1
 * @param authorization the Authorization header, or "" for a presigned request (for messages)
 */
public record SignatureV4(
    String accessKeyId,
    CredentialScope scope,
    List<String> signedHeaders,
    String signature,
    String amzDate,
    boolean presigned,
    long expiresSeconds,
    String authorization)
    implements ParsedAuthorization {

  public SignatureV4 {
    signedHeaders = List.copyOf(signedHeaders);
  }
}
