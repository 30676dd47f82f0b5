package dev.sluice.server;

import java.util.Objects;

/**
 * Credentials Sluice accepts in strict mode, and the account their requests act in.
 *
 * @param account the 12-digit account id
 */
public record AccessKey(String accessKeyId, String secretAccessKey, String account) {
  /** The account of access keys configured without one (and of unverified requests). */
  public static final String DEFAULT_ACCOUNT = "000000000000";

  public AccessKey {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(account, "account");
    if (accessKeyId.isBlank() || secretAccessKey.isBlank()) {
      throw new IllegalArgumentException("access key id and secret must not be empty");
    }
    if (!account.matches("\\d{12}")) {
      throw new IllegalArgumentException(
          "account must be 12 digits, not '" + account + "' (access key " + accessKeyId + ")");
    }
  }

  /** Reads {@code AKID:SECRET} or {@code AKID:SECRET:ACCOUNT}. */
  public static AccessKey parse(String text) {
    var parts = text.trim().split(":", -1);
    if (parts.length < 2 || parts.length > 3) {
      throw new IllegalArgumentException(
          "access key must look like AKID:SECRET or AKID:SECRET:ACCOUNT");
    }
    return new AccessKey(parts[0], parts[1], parts.length == 3 ? parts[2] : DEFAULT_ACCOUNT);
  }

  /** Keeps the secret out of logs and error messages. */
  @Override
  public String toString() {
    return "AccessKey[" + accessKeyId + ", account " + account + "]";
  }
}
