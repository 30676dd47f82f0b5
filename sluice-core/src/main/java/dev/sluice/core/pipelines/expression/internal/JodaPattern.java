package dev.sluice.core.pipelines.expression.internal;

import dev.sluice.core.result.Result;
import java.time.ZonedDateTime;

/**
 * Joda-Time's {@code DateTimeFormat} patterns, which Data Pipeline's {@code format} uses: a run of
 * one letter is a field ({@code YYYY} is the year of era, not java.time's week-based year), text in
 * single quotes is literal ({@code ''} is a quote), any other character is itself. Letters Joda
 * does not know are refused with Joda's message.
 */
final class JodaPattern {
  private JodaPattern() {}

  static Result<String> format(ZonedDateTime time, String pattern) {
    var out = new StringBuilder();
    int at = 0;
    while (at < pattern.length()) {
      char c = pattern.charAt(at);
      if (c == '\'') {
        at = quoted(pattern, at + 1, out);
      } else if (isLetter(c)) {
        int end = at;
        while (end < pattern.length() && pattern.charAt(end) == c) {
          end++;
        }
        var field = JodaField.print(time, c, end - at);
        if (field.isEmpty()) {
          return Result.err(Problems.invalid("Illegal pattern component: " + c));
        }
        out.append(field.get());
        at = end;
      } else {
        out.append(c);
        at++;
      }
    }
    return Result.ok(out.toString());
  }

  /**
   * Appends the literal starting at {@code at} (after its opening quote); answers where it ends.
   */
  private static int quoted(String pattern, int at, StringBuilder out) {
    if (at < pattern.length() && pattern.charAt(at) == '\'') {
      out.append('\'');
      return at + 1;
    }
    while (at < pattern.length()) {
      char c = pattern.charAt(at);
      if (c == '\'' && at + 1 < pattern.length() && pattern.charAt(at + 1) == '\'') {
        out.append('\'');
        at += 2;
      } else if (c == '\'') {
        return at + 1;
      } else {
        out.append(c);
        at++;
      }
    }
    return at;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
