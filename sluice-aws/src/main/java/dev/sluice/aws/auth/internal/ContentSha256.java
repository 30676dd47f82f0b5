package dev.sluice.aws.auth.internal;

import dev.sluice.aws.http.Headers;
import java.util.Locale;

/**
 * The {@code x-amz-content-sha256} header: what the payload hash in the signature is and how the
 * body is framed.
 *
 * @param value the header as sent, or null when absent
 */
public record ContentSha256(Kind kind, String value) {
  public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

  /** The kinds of value the header takes. */
  public enum Kind {
    ABSENT,
    HEX,
    UNSIGNED,
    STREAMING_SIGNED,
    STREAMING_SIGNED_TRAILER,
    STREAMING_UNSIGNED_TRAILER,
    OTHER
  }

  public static ContentSha256 of(Headers headers) {
    var value = headers.first("x-amz-content-sha256");
    if (value == null) {
      return new ContentSha256(Kind.ABSENT, null);
    }
    var kind =
        switch (value) {
          case UNSIGNED_PAYLOAD -> Kind.UNSIGNED;
          case "STREAMING-AWS4-HMAC-SHA256-PAYLOAD" -> Kind.STREAMING_SIGNED;
          case "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER" -> Kind.STREAMING_SIGNED_TRAILER;
          case "STREAMING-UNSIGNED-PAYLOAD-TRAILER" -> Kind.STREAMING_UNSIGNED_TRAILER;
          default -> Hex.isSha256(value) ? Kind.HEX : Kind.OTHER;
        };
    return new ContentSha256(kind, value);
  }

  /**
   * Whether the payload is aws-chunked: a streaming hash or {@code Content-Encoding: aws-chunked}.
   */
  public static boolean isChunked(ContentSha256 hash, Headers headers) {
    if (hash.isStreaming()) {
      return true;
    }
    for (var encoding : headers.all("content-encoding")) {
      for (var token : encoding.split(",")) {
        if (token.strip().toLowerCase(Locale.ROOT).equals("aws-chunked")) {
          return true;
        }
      }
    }
    return false;
  }

  public boolean isStreaming() {
    return kind == Kind.STREAMING_SIGNED
        || kind == Kind.STREAMING_SIGNED_TRAILER
        || kind == Kind.STREAMING_UNSIGNED_TRAILER;
  }

  /** Whether chunks carry signatures (chained from the request's signature). */
  public boolean signsChunks() {
    return kind == Kind.STREAMING_SIGNED || kind == Kind.STREAMING_SIGNED_TRAILER;
  }
}
