package dev.sluice.aws.auth.internal;

/** The three kinds of string SigV4 signs: a request, a chunk of its payload, its trailers. */
public final class StringToSign {
  public static final String ALGORITHM = "AWS4-HMAC-SHA256";

  private StringToSign() {}

  public static String forRequest(String amzDate, CredentialScope scope, String canonicalRequest) {
    return ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + Sha256.hex(canonicalRequest);
  }

  public static String forChunk(
      String amzDate, CredentialScope scope, String previousSignature, String chunkHash) {
    return ALGORITHM
        + "-PAYLOAD\n"
        + amzDate
        + "\n"
        + scope
        + "\n"
        + previousSignature
        + "\n"
        + Sha256.EMPTY
        + "\n"
        + chunkHash;
  }

  public static String forTrailer(
      String amzDate, CredentialScope scope, String previousSignature, String canonicalTrailers) {
    return ALGORITHM
        + "-TRAILER\n"
        + amzDate
        + "\n"
        + scope
        + "\n"
        + previousSignature
        + "\n"
        + Sha256.hex(canonicalTrailers);
  }
}
