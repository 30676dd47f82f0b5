package dev.sluice.aws.s3.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the bucket out of a virtual-hosted-style Host header: {@code <bucket>.<name>}, {@code
 * <bucket>.s3.<name>} or {@code <bucket>.s3.<region>.<name>} for a served host name. IP addresses,
 * the served names themselves and unknown hosts mean path style.
 */
public final class VirtualHost {
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

  private final List<String> hostNames;

  public VirtualHost(List<String> hostNames) {
    this.hostNames = hostNames;
  }

  /** The bucket the Host header names, or empty for path style. */
  public Optional<String> bucket(String host) {
    if (host == null || host.isEmpty() || host.startsWith("[")) {
      return Optional.empty();
    }
    var name = withoutPort(host.toLowerCase(Locale.ROOT));
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    for (var served : hostNames) {
      var bucket = bucketUnder(name, served);
      if (bucket.isPresent()) {
        return bucket;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> bucketUnder(String host, String served) {
    if (!host.endsWith("." + served)) {
      return Optional.empty();
    }
    var front = host.substring(0, host.length() - served.length() - 1);
    if (front.equals("s3") || isRegionalEndpoint(front)) {
      return Optional.empty();
    }
    int regional = front.lastIndexOf(".s3.");
    if (regional > 0 && REGION.matcher(front.substring(regional + 4)).matches()) {
      return Optional.of(front.substring(0, regional));
    }
    if (front.endsWith(".s3")) {
      return Optional.of(front.substring(0, front.length() - 3));
    }
    return Optional.of(front);
  }

  private static boolean isRegionalEndpoint(String front) {
    return front.startsWith("s3.") && REGION.matcher(front.substring(3)).matches();
  }

  private static String withoutPort(String host) {
    int colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }
}
