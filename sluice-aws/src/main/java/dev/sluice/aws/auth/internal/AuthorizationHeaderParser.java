package dev.sluice.aws.auth.internal;

import dev.sluice.aws.http.Headers;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...} (and, to name the
 * access key only, SigV2's {@code AWS AKID:signature}).
 */
public final class AuthorizationHeaderParser {
  private static final String V4_PREFIX = StringToSign.ALGORITHM + " ";
  private static final String V2_PREFIX = "AWS ";
  private static final List<String> COMPONENTS =
      List.of("Credential", "Signature", "SignedHeaders");

  private AuthorizationHeaderParser() {}

  public static Result<ParsedAuthorization> parse(
      String authorization, Headers headers, AuthErrors errors) {
    if (authorization.startsWith(V4_PREFIX)) {
      return parseV4(authorization, headers, errors);
    }
    if (authorization.startsWith(V2_PREFIX)) {
      var credential = authorization.substring(V2_PREFIX.length()).trim();
      int colon = credential.lastIndexOf(':');
      if (colon > 0) {
        return Result.ok(new ParsedAuthorization.SignatureV2(credential.substring(0, colon)));
      }
    }
    return Result.err(errors.unsupportedAuthorization(authorization));
  }

  private static Result<ParsedAuthorization> parseV4(
      String authorization, Headers headers, AuthErrors errors) {
    var components = components(authorization.substring(V4_PREFIX.length()));
    var missing = new ArrayList<String>();
    for (var name : COMPONENTS) {
      if (components.getOrDefault(name, "").isEmpty()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      return Result.err(errors.missingAuthorizationComponents(missing, authorization));
    }
    var credentialText = components.get("Credential");
    var credential = SigningCredential.parse(credentialText);
    if (credential.isEmpty()) {
      return Result.err(errors.malformedCredential(credentialText, authorization, false));
    }
    return Result.ok(
        new SignatureV4(
            credential.get().accessKeyId(),
            credential.get().scope(),
            List.of(components.get("SignedHeaders").split(";")),
            components.get("Signature"),
            AmzDate.ofHeaders(headers).orElse(null),
            false,
            -1,
            authorization));
  }

  private static Map<String, String> components(String text) {
    var components = new HashMap<String, String>();
    for (var part : text.split(",")) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        components.putIfAbsent(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
      }
    }
    return components;
  }
}
