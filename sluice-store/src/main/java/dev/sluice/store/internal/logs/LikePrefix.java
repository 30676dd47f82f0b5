package dev.sluice.store.internal.logs;

/** A {@code like ? escape '!'} pattern matching the names that start with a prefix. */
final class LikePrefix {
  static final String ESCAPE = " escape '!'";

  private LikePrefix() {}

  static String of(String prefix) {
    var pattern = new StringBuilder(prefix.length() + 1);
    for (char c : prefix.toCharArray()) {
      if (c == '%' || c == '_' || c == '!') {
        pattern.append('!');
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
