package dev.sluice.aws.auth.internal;

import java.util.Optional;

/**
 * The {@code Credential} of a SigV4 signature: {@code AKID/yyyyMMdd/region/service/aws4_request}.
 */
public record SigningCredential(String accessKeyId, CredentialScope scope) {

  public static Optional<SigningCredential> parse(String credential) {
    var parts = credential.split("/", -1);
    if (parts.length != 5 || !CredentialScope.TERMINATOR.equals(parts[4])) {
      return Optional.empty();
    }
    for (var part : parts) {
      if (part.isEmpty()) {
        return Optional.empty();
      }
    }
    if (!parts[1].matches("\\d{8}")) {
      return Optional.empty();
    }
    return Optional.of(
        new SigningCredential(parts[0], new CredentialScope(parts[1], parts[2], parts[3])));
  }
}
