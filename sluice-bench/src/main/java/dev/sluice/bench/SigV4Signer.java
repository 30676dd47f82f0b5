package dev.sluice.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signature Version 4 for the wire client: signs a request (a path-style S3 request, or a Lambda
 * Invoke) whose only signed headers are host, x-amz-content-sha256 and x-amz-date, as the AWS CLI
 * does for S3 over plain http.
 */
final class SigV4Signer {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final String SIGNED_HEADERS = "host;x-amz-content-sha256;x-amz-date";

  private final String accessKey;
  private final String secretKey;
  private final String region;
  private final String service;

  /** A signer for S3. */
  SigV4Signer(String accessKey, String secretKey, String region) {
    this(accessKey, secretKey, region, "s3");
  }

  /** A signer for {@code service} ({@code s3}, {@code lambda}), the service of the scope. */
  SigV4Signer(String accessKey, String secretKey, String region, String service) {
    this.accessKey = accessKey;
    this.secretKey = secretKey;
    this.region = region;
    this.service = service;
  }

  /** The headers that sign the request: x-amz-date and Authorization. */
  record Signature(String amzDate, String authorization) {}

  Signature sign(String method, String path, String host, String payloadSha256) {
    String amzDate = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
    String day = amzDate.substring(0, 8);
    String scope = day + "/" + region + "/" + service + "/aws4_request";
    String canonical =
        method
            + "\n"
            + path
            + "\n\nhost:"
            + host
            + "\nx-amz-content-sha256:"
            + payloadSha256
            + "\nx-amz-date:"
            + amzDate
            + "\n\n"
            + SIGNED_HEADERS
            + "\n"
            + payloadSha256;
    String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + sha256Hex(canonical);
    byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day);
    key = hmac(key, region);
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    String signature = HexFormat.of().formatHex(hmac(key, toSign));
    return new Signature(
        amzDate,
        "AWS4-HMAC-SHA256 Credential="
            + accessKey
            + "/"
            + scope
            + ", SignedHeaders="
            + SIGNED_HEADERS
            + ", Signature="
            + signature);
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
