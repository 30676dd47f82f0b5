package dev.sluice.core.pipelines.definition.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A minimal reading of {@code #{...}} expressions in a field value: each must be closed and not
 * empty; inside them, the names that start with {@code my} (parameters and user-defined fields;
 * {@code node.myField} and quoted text are not names of this object). The expression language
 * itself is the expression package's.
 */
final class Expressions {
  private static final Pattern NAME = Pattern.compile("(?<![\\w.@])(\\*?my\\w+)");

  enum Problem {
    UNCLOSED,
    EMPTY
  }

  /** The first problem (or null) and the {@code my} names of every expression read before it. */
  record Scan(Problem problem, List<String> names) {}

  private Expressions() {}

  static Scan scan(String value) {
    var names = new ArrayList<String>();
    int at = value.indexOf("#{");
    while (at >= 0) {
      int end = closing(value, at + 2);
      if (end < 0) {
        return new Scan(Problem.UNCLOSED, names);
      }
      var body = value.substring(at + 2, end);
      if (body.isBlank()) {
        return new Scan(Problem.EMPTY, names);
      }
      var matcher = NAME.matcher(withoutQuotedText(body));
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      at = value.indexOf("#{", end + 1);
    }
    return new Scan(null, names);
  }

  /** The index of the brace closing an expression whose body starts at {@code from}, or -1. */
  private static int closing(String value, int from) {
    int depth = 1;
    char quote = 0;
    for (int i = from; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String withoutQuotedText(String body) {
    var out = new StringBuilder(body.length());
    char quote = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
      } else if (quote != 0 && c == quote) {
        quote = 0;
      }
      out.append(quote == 0 && c != '\'' && c != '"' ? c : ' ');
    }
    return out.toString();
  }
}
