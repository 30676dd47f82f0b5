package dev.sluice.core.logs.internal;

import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * A CloudWatch Logs filter pattern over unstructured messages: terms ({@code ERROR}) and quoted
 * phrases ({@code "Task timed out"}) that must all appear, {@code ?term} alternatives of which one
 * must appear, and {@code -term} exclusions that must not; matching is case-sensitive. An empty
 * pattern matches everything. JSON ({@code {...}}) and space-delimited ({@code [...]}) patterns are
 * not supported.
 */
record FilterPattern(List<String> required, List<String> alternatives, List<String> excluded) {

  static final FilterPattern ALL = new FilterPattern(List.of(), List.of(), List.of());

  static Result<FilterPattern> parse(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      return Result.ok(ALL);
    }
    var trimmed = pattern.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      return Result.err(
          LogFailures.invalidParameter(
              "Sluice supports terms, quoted phrases, ?alternatives and -exclusions in filter"
                  + " patterns, not JSON or space-delimited patterns."));
    }
    return new PatternReader(trimmed).read();
  }

  boolean matches(String message) {
    return required.stream().allMatch(message::contains)
        && (alternatives.isEmpty() || alternatives.stream().anyMatch(message::contains))
        && excluded.stream().noneMatch(message::contains);
  }

  /** Reads the terms of a pattern left to right. */
  private static final class PatternReader {
    private final String text;
    private final List<String> required = new ArrayList<>();
    private final List<String> alternatives = new ArrayList<>();
    private final List<String> excluded = new ArrayList<>();
    private int at;

    PatternReader(String text) {
      this.text = text;
    }

    Result<FilterPattern> read() {
      while (skipSpaces()) {
        var target = required;
        char c = text.charAt(at);
        if (c == '?' || c == '-') {
          target = c == '?' ? alternatives : excluded;
          at++;
        }
        var term = term();
        if (term == null) {
          return Result.err(LogFailures.invalidParameter("Invalid filter pattern: " + text));
        }
        if (!term.isEmpty()) {
          target.add(term);
        }
      }
      return Result.ok(new FilterPattern(required, alternatives, excluded));
    }

    private boolean skipSpaces() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      return at < text.length();
    }

    /** The next term or phrase; null for a phrase without its closing quote. */
    private String term() {
      if (at < text.length() && text.charAt(at) == '"') {
        int close = text.indexOf('"', at + 1);
        if (close < 0) {
          return null;
        }
        var phrase = text.substring(at + 1, close);
        at = close + 1;
        return phrase;
      }
      int start = at;
      while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      return text.substring(start, at);
    }
  }
}
