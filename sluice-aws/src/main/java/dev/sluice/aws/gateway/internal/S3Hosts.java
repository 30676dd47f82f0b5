package dev.sluice.aws.gateway.internal;

import java.util.Arrays;
import java.util.Locale;

/**
 * Recognises host names that only S3 uses: virtual-hosted buckets ({@code bucket.localhost}, {@code
 * bucket.s3.region.amazonaws.com}) and S3's own names ({@code s3.amazonaws.com}, {@code
 * s3-us-west-2.amazonaws.com}).
 */
final class S3Hosts {
  private S3Hosts() {}

  static boolean isS3(String host) {
    if (host == null || host.isEmpty()) {
      return false;
    }
    var name = withoutPort(host).toLowerCase(Locale.ROOT);
    if (name.endsWith(".localhost")) {
      return true;
    }
    return Arrays.stream(name.split("\\.")).anyMatch(l -> l.equals("s3") || l.startsWith("s3-"));
  }

  private static String withoutPort(String host) {
    if (host.startsWith("[")) {
      return host; // an IPv6 literal never names a bucket
    }
    int colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }
}
