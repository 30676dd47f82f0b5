package dev.sluice.core.objects.internal;

import java.util.HexFormat;

/** S3 ETags: md5 hex in quotes, or md5-of-md5s hex plus {@code -N} after a multipart upload. */
final class Etags {

  private Etags() {}

  static String ofMd5(byte[] md5) {
    return quote(HexFormat.of().formatHex(md5));
  }

  static String quote(String etag) {
    return '"' + unquote(etag) + '"';
  }

  static String unquote(String etag) {
    String e = etag.trim();
    if (e.startsWith("W/")) {
      e = e.substring(2);
    }
    if (e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"")) {
      return e.substring(1, e.length() - 1);
    }
    return e;
  }

  /** Whether two ETags name the same entity, ignoring quotes. */
  static boolean same(String a, String b) {
    return a != null && b != null && unquote(a).equals(unquote(b));
  }

  /** Whether a conditional header's value ({@code *}, one ETag or a list) names {@code etag}. */
  static boolean listed(String header, String etag) {
    for (var candidate : header.split(",")) {
      if (candidate.trim().equals("*") || same(candidate, etag)) {
        return true;
      }
    }
    return false;
  }
}
