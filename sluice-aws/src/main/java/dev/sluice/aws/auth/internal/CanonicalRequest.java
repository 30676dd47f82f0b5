package dev.sluice.aws.auth.internal;

/**
 * A SigV4 canonical request.
 *
 * @param headers the canonical header block, each line ending in a newline
 */
public record CanonicalRequest(
    String method,
    String uri,
    String query,
    String headers,
    String signedHeaders,
    String payloadHash) {

  public String text() {
    return method
        + "\n"
        + uri
        + "\n"
        + query
        + "\n"
        + headers
        + "\n"
        + signedHeaders
        + "\n"
        + payloadHash;
  }
}
