package dev.sluice.core.jobs.internal;

import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * NextTokens: opaque to clients, base64 of where the next page starts (the last job name listed, or
 * how many runs were listed). A token Sluice did not hand out is InvalidInputException.
 */
final class PageTokens {
  private static final String NAME = "name:";
  private static final String OFFSET = "offset:";

  private PageTokens() {}

  static String afterName(String name) {
    return encode(NAME + name);
  }

  /** The name to list after, or null without a token. */
  static Result<String> name(String token) {
    if (token == null) {
      return Result.ok(null);
    }
    String text = decode(token);
    if (text == null || !text.startsWith(NAME)) {
      return Result.err(JobMessages.invalid(JobMessages.INVALID_TOKEN));
    }
    return Result.ok(text.substring(NAME.length()));
  }

  static String atOffset(int offset) {
    return encode(OFFSET + offset);
  }

  /** How many items to skip: 0 without a token. */
  static Result<Integer> offset(String token) {
    if (token == null) {
      return Result.ok(0);
    }
    String text = decode(token);
    if (text != null && text.startsWith(OFFSET)) {
      try {
        int offset = Integer.parseInt(text.substring(OFFSET.length()));
        if (offset >= 0) {
          return Result.ok(offset);
        }
      } catch (NumberFormatException e) {
        // not a token of ours: answered below
      }
    }
    return Result.err(JobMessages.invalid(JobMessages.INVALID_TOKEN));
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String token) {
    try {
      return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
