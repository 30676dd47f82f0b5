package dev.sluice.core.pipelines.expression.internal;

import dev.sluice.core.pipelines.expression.internal.Token.Kind;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens: numbers ({@code 2}, {@code 1.5}), strings in single or double
 * quotes (a backslash escapes the next character), names ({@code myField}, {@code @id}), and {@code
 * . , ( ) + - * / ^}.
 */
final class Lexer {
  private final String source;
  private final List<Token> tokens = new ArrayList<>();
  private int at;

  private Lexer(String source) {
    this.source = source;
  }

  static Result<List<Token>> tokens(String source) {
    return new Lexer(source).run();
  }

  private Result<List<Token>> run() {
    while (true) {
      while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
        at++;
      }
      if (at >= source.length()) {
        tokens.add(new Token(Kind.END, "", at));
        return Result.ok(List.copyOf(tokens));
      }
      var problem = next();
      if (problem != null) {
        return Result.err(Problems.syntax(problem));
      }
    }
  }

  /** Reads one token; a problem's description when the text is not one. */
  private String next() {
    char c = source.charAt(at);
    if (Character.isDigit(c)) {
      return number();
    }
    if (c == '\'' || c == '"') {
      return string(c);
    }
    if (c == '@' || c == '_' || Character.isLetter(c)) {
      return name();
    }
    var kind = symbol(c);
    if (kind == null) {
      return "unexpected character '" + c + "' at position " + at;
    }
    tokens.add(new Token(kind, String.valueOf(c), at++));
    return null;
  }

  private String number() {
    int start = at;
    skipDigits();
    if (at + 1 < source.length()
        && source.charAt(at) == '.'
        && Character.isDigit(source.charAt(at + 1))) {
      at++;
      skipDigits();
    }
    tokens.add(new Token(Kind.NUMBER, source.substring(start, at), start));
    return null;
  }

  private void skipDigits() {
    while (at < source.length() && Character.isDigit(source.charAt(at))) {
      at++;
    }
  }

  private String string(char quote) {
    int start = at++;
    var text = new StringBuilder();
    while (at < source.length() && source.charAt(at) != quote) {
      if (source.charAt(at) == '\\' && at + 1 < source.length()) {
        at++;
      }
      text.append(source.charAt(at++));
    }
    if (at >= source.length()) {
      return "unterminated string starting at position " + start;
    }
    at++;
    tokens.add(new Token(Kind.STRING, text.toString(), start));
    return null;
  }

  private String name() {
    int start = at++;
    while (at < source.length()
        && (Character.isLetterOrDigit(source.charAt(at)) || source.charAt(at) == '_')) {
      at++;
    }
    if (at - start == 1 && source.charAt(start) == '@') {
      return "a name must follow '@' at position " + start;
    }
    tokens.add(new Token(Kind.NAME, source.substring(start, at), start));
    return null;
  }

  private static Kind symbol(char c) {
    return switch (c) {
      case '.' -> Kind.DOT;
      case ',' -> Kind.COMMA;
      case '(' -> Kind.OPEN;
      case ')' -> Kind.CLOSE;
      case '+' -> Kind.PLUS;
      case '-' -> Kind.MINUS;
      case '*' -> Kind.TIMES;
      case '/' -> Kind.DIVIDE;
      case '^' -> Kind.POWER;
      default -> null;
    };
  }
}
