package dev.sluice.aws.auth.internal;

/**
 * One {@code name=value} pair of a query string.
 *
 * @param rawName the name as sent
 * @param rawValue the value as sent ("" when the pair had no {@code =})
 */
public record QueryParameter(String rawName, String rawValue) {

  public String name() {
    return UriEncoding.decode(rawName);
  }

  public String value() {
    return UriEncoding.decode(rawValue);
  }
}
