package dev.sluice.aws.s3;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the S3 endpoint reads requests.
 *
 * @param hostNames the host names (without port) that S3 is served under. A Host header equal to
 *     one of them, or to {@code s3.<name>} or {@code s3.<region>.<name>}, means path-style
 *     addressing; a Host {@code <bucket>.<name>}, {@code <bucket>.s3.<name>} or {@code
 *     <bucket>.s3.<region>.<name>} names the bucket (virtual-hosted style). Any other Host, such as
 *     an IP address, means path style.
 * @param defaultRegion the region used when a request names none (unsigned requests)
 */
public record S3Settings(List<String> hostNames, String defaultRegion) {

  public S3Settings {
    hostNames = hostNames.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
  }

  /** {@code localhost} and {@code s3.localhost}, region {@code us-east-1}. */
  public static S3Settings defaults() {
    return new S3Settings(List.of("localhost", "s3.localhost"), "us-east-1");
  }

  /** These settings with one more host name served (e.g. the machine's public name). */
  public S3Settings withHostName(String hostName) {
    var names = new ArrayList<>(hostNames);
    names.add(hostName);
    return new S3Settings(names, defaultRegion);
  }
}
