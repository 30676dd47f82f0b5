package dev.sluice.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Parses an intrinsic function call such as {@code States.Format('{}', $.a)} into a tree. */
final class IntrinsicParser {

  /** An argument: a literal, a path, or a nested call. */
  sealed interface Arg {}

  record Literal(JsonNode value) implements Arg {}

  record PathArg(String path) implements Arg {}

  record Call(String function, List<Arg> args) implements Arg {}

  private final String text;
  private int at;

  private IntrinsicParser(String text) {
    this.text = text;
  }

  static Call parse(String text) {
    IntrinsicParser parser = new IntrinsicParser(text.trim());
    Call call = parser.call();
    parser.skipSpace();
    if (parser.at != parser.text.length()) {
      throw parser.invalid();
    }
    return call;
  }

  private Call call() {
    int open = text.indexOf('(', at);
    if (open < 0) {
      throw invalid();
    }
    String function = text.substring(at, open).trim();
    at = open + 1;
    List<Arg> args = new ArrayList<>();
    skipSpace();
    if (peek() == ')') {
      at++;
      return new Call(function, args);
    }
    while (true) {
      args.add(arg());
      skipSpace();
      char c = peek();
      at++;
      if (c == ')') {
        return new Call(function, args);
      }
      if (c != ',') {
        throw invalid();
      }
    }
  }

  private Arg arg() {
    skipSpace();
    char c = peek();
    if (c == '\'') {
      return new Literal(JsonNodeFactory.instance.textNode(string()));
    }
    if (c == '$') {
      return new PathArg(token());
    }
    if (text.startsWith("States.", at)) {
      return call();
    }
    String token = token();
    return switch (token) {
      case "true" -> new Literal(JsonNodeFactory.instance.booleanNode(true));
      case "false" -> new Literal(JsonNodeFactory.instance.booleanNode(false));
      case "null" -> new Literal(JsonNodeFactory.instance.nullNode());
      default -> new Literal(number(token));
    };
  }

  private JsonNode number(String token) {
    try {
      BigDecimal value = new BigDecimal(token);
      return token.contains(".") || token.contains("e") || token.contains("E")
          ? JsonNodeFactory.instance.numberNode(value.doubleValue())
          : JsonNodeFactory.instance.numberNode(value.longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      throw invalid();
    }
  }

  private String token() {
    int start = at;
    int depth = 0;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (depth == 0 && (c == ',' || c == ')')) {
        break;
      }
      at++;
    }
    return text.substring(start, at).trim();
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '\\' && at < text.length()) {
        char escaped = text.charAt(at++);
        out.append(escaped == '\'' || escaped == '\\' ? "" : "\\").append(escaped);
      } else if (c == '\'') {
        return out.toString();
      } else {
        out.append(c);
      }
    }
    throw invalid();
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private char peek() {
    if (at >= text.length()) {
      throw invalid();
    }
    return text.charAt(at);
  }

  private StateFailure invalid() {
    return new StateFailure("States.Runtime", "Invalid intrinsic function call: " + text);
  }
}
