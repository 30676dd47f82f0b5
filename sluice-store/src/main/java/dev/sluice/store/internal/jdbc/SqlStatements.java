package dev.sluice.store.internal.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a schema script into statements: each ends with {@code ;}; {@code --} starts a comment
 * that runs to the end of the line. Both are plain text inside a {@code '...'} literal.
 */
final class SqlStatements {
  private SqlStatements() {}

  static List<String> split(String script) {
    var statements = new ArrayList<String>();
    var current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < script.length(); i++) {
      char c = script.charAt(i);
      if (!quoted && c == '-' && script.startsWith("--", i)) {
        int lineEnd = script.indexOf('\n', i);
        i = lineEnd < 0 ? script.length() : lineEnd;
        current.append('\n');
      } else if (!quoted && c == ';') {
        addIfNotBlank(statements, current);
        current.setLength(0);
      } else {
        quoted ^= c == '\'';
        current.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("A string literal is not closed in: " + current);
    }
    addIfNotBlank(statements, current);
    return statements;
  }

  private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
    var text = statement.toString().strip();
    if (!text.isEmpty()) {
      statements.add(text);
    }
  }
}
