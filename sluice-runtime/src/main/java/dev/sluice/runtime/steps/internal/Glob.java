package dev.sluice.runtime.steps.internal;

import java.util.regex.Pattern;

/** A Hadoop-style pattern for one path segment: {@code *} any run of characters, {@code ?} one. */
record Glob(Pattern pattern) {

  static boolean has(String text) {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
  }

  static Glob of(String segment) {
    var regex = new StringBuilder();
    var literal = new StringBuilder();
    for (var c : segment.toCharArray()) {
      if (c == '*' || c == '?') {
        regex.append(quote(literal)).append(c == '*' ? "[^/]*" : "[^/]");
        literal.setLength(0);
      } else {
        literal.append(c);
      }
    }
    regex.append(quote(literal));
    return new Glob(Pattern.compile(regex.toString()));
  }

  boolean matches(String name) {
    return pattern.matcher(name).matches();
  }

  private static String quote(StringBuilder literal) {
    return literal.isEmpty() ? "" : Pattern.quote(literal.toString());
  }
}
