package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque paging tokens: the listing's kind and the position to continue after, base64url-encoded.
 * Anything else is Step Functions' InvalidToken.
 */
final class PageTokens {
  private static final String MAGIC = "sfn1";

  private PageTokens() {}

  static String of(String kind, String position) {
    var text = MAGIC + "\n" + kind + "\n" + position;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The position in a token of {@code kind}; null when there is no token. */
  static Result<String> position(String kind, String token) {
    if (token == null) {
      return Result.ok(null);
    }
    try {
      var text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      var parts = text.split("\n", 3);
      return parts.length == 3 && parts[0].equals(MAGIC) && parts[1].equals(kind)
          ? Result.ok(parts[2])
          : Result.err(WorkflowFailures.invalidToken());
    } catch (IllegalArgumentException e) {
      return Result.err(WorkflowFailures.invalidToken());
    }
  }

  /** A numeric position ({@code null} without a token). */
  static Result<Long> number(String kind, String token) {
    return position(kind, token)
        .flatMap(
            p -> {
              if (p == null) {
                return Result.ok(null);
              }
              try {
                return Result.ok(Long.parseLong(p));
              } catch (NumberFormatException e) {
                return Result.err(WorkflowFailures.invalidToken());
              }
            });
  }
}
