package dev.sluice.server;

import java.util.Locale;

/** How Sluice treats request signatures. */
public enum AuthMode {
  /** Signatures are parsed (for the account and region) but any credentials are accepted. */
  ANY,
  /** Signatures must verify against one of the configured access keys. */
  STRICT;

  /** Reads {@code any} or {@code strict}, in any case. */
  public static AuthMode parse(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "any" -> ANY;
      case "strict" -> STRICT;
      default ->
          throw new IllegalArgumentException(
              "auth mode must be 'any' or 'strict', not '" + text + "'");
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
