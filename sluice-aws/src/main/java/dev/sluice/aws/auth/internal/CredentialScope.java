package dev.sluice.aws.auth.internal;

/**
 * The scope a SigV4 signature is valid for: {@code date/region/service/aws4_request}.
 *
 * @param date the day, {@code yyyyMMdd}
 */
public record CredentialScope(String date, String region, String service) {
  public static final String TERMINATOR = "aws4_request";

  @Override
  public String toString() {
    return date + "/" + region + "/" + service + "/" + TERMINATOR;
  }
}
