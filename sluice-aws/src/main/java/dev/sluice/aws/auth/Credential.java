package dev.sluice.aws.auth;

import java.util.Objects;

/** An access key Sluice knows: its secret and the account it acts for. */
public record Credential(String accessKeyId, String secretAccessKey, String account) {

  public Credential {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(account, "account");
  }

  @Override
  public String toString() {
    return "Credential[accessKeyId=" + accessKeyId + ", account=" + account + "]";
  }
}
