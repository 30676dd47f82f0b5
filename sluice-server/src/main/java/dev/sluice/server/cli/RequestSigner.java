package dev.sluice.server.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the CLI's json requests with Signature Version 4, with the credentials of the AWS
 * environment variables, so that a Sluice running with {@code --auth strict} answers them.
 */
record RequestSigner(String accessKey, String secretKey, String sessionToken, String region) {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /**
   * The signer of {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}, when both are set.
   */
  static Optional<RequestSigner> fromEnvironment(Environment env) {
    var key = env.get("AWS_ACCESS_KEY_ID");
    var secret = env.get("AWS_SECRET_ACCESS_KEY");
    if (key.isEmpty() || secret.isEmpty()) {
      return Optional.empty();
    }
    var region =
        env.get("AWS_REGION")
            .or(() -> env.get("AWS_DEFAULT_REGION"))
            .or(() -> env.get(Environment.REGION))
            .orElse("us-east-1");
    return Optional.of(
        new RequestSigner(
            key.get(), secret.get(), env.get("AWS_SESSION_TOKEN").orElse(null), region));
  }

  /**
   * The headers to add to a POST of {@code body} to {@code uri} for {@code service}, whose other
   * signed headers are {@code headers} (lower-case names): {@code X-Amz-Date}, the session token
   * when there is one, and {@code Authorization}.
   */
  Map<String, String> sign(
      URI uri, String service, Map<String, String> headers, byte[] body, Instant now) {
    var amzDate = STAMP.format(now);
    var day = amzDate.substring(0, 8);
    var signed = new TreeMap<>(headers);
    signed.put("host", uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
    signed.put("x-amz-date", amzDate);
    if (sessionToken != null) {
      signed.put("x-amz-security-token", sessionToken);
    }
    var names = String.join(";", signed.keySet());
    var canonical =
        new StringBuilder("POST\n").append(uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
    canonical.append("\n\n");
    signed.forEach(
        (name, value) -> canonical.append(name).append(':').append(value.strip()).append('\n'));
    canonical.append('\n').append(names).append('\n').append(hex(sha256(body)));
    var scope = day + "/" + region + "/" + service + "/aws4_request";
    var toSign =
        "AWS4-HMAC-SHA256\n"
            + amzDate
            + "\n"
            + scope
            + "\n"
            + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    var key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day);
    for (var part : new String[] {region, service, "aws4_request"}) {
      key = hmac(key, part);
    }
    var result = new LinkedHashMap<String, String>();
    result.put("X-Amz-Date", amzDate);
    if (sessionToken != null) {
      result.put("X-Amz-Security-Token", sessionToken);
    }
    result.put(
        "Authorization",
        "AWS4-HMAC-SHA256 Credential="
            + accessKey
            + "/"
            + scope
            + ", SignedHeaders="
            + names
            + ", Signature="
            + hex(hmac(key, toSign)));
    return result;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  private static byte[] hmac(byte[] key, String text) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JDK has HmacSHA256", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
