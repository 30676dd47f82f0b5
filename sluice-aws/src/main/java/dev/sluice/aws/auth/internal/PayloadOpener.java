package dev.sluice.aws.auth.internal;

import dev.sluice.aws.chunked.AwsChunkedInputStream;
import dev.sluice.aws.chunked.ChunkVerifier;
import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpRequest;

/**
 * Opens a request's body as its payload: aws-chunked bodies decoded (chunk signatures checked by
 * the given verifier), plain bodies held to their Content-Length and, when asked, to their declared
 * SHA-256.
 */
public final class PayloadOpener {

  private PayloadOpener() {}

  /**
   * @param verifier checks chunk signatures of an aws-chunked body
   * @param strict whether to check a declared SHA-256 and S3's minimum chunk size
   */
  public static OpenedPayload open(
      HttpRequest request, ContentSha256 hash, ChunkVerifier verifier, boolean strict) {
    var trailers = new Headers();
    if (ContentSha256.isChunked(hash, request.headers())) {
      long decodedLength = decodedLength(request.headers());
      var stream =
          new AwsChunkedInputStream(
              request.body(), verifier, trailers, decodedLength, strict && hash.signsChunks());
      return new OpenedPayload(stream, decodedLength, trailers);
    }
    var stream = new LengthCheckedInputStream(request.body(), request.contentLength());
    if (strict && hash.kind() == ContentSha256.Kind.HEX) {
      return new OpenedPayload(
          new Sha256CheckingInputStream(stream, hash.value()), request.contentLength(), trailers);
    }
    return new OpenedPayload(stream, request.contentLength(), trailers);
  }

  private static long decodedLength(Headers headers) {
    var value = headers.first("x-amz-decoded-content-length");
    if (value == null) {
      return -1;
    }
    try {
      long length = Long.parseLong(value.strip());
      return length < 0 ? -1 : length;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
