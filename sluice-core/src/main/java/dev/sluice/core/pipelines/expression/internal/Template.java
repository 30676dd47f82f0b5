package dev.sluice.core.pipelines.expression.internal;

import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * A field value split into literal text and {@code #{...}} expressions. An expression ends at the
 * first {@code }} outside a quoted string.
 */
record Template(List<Part> parts) {

  Template {
    parts = List.copyOf(parts);
  }

  sealed interface Part {}

  record Literal(String text) implements Part {}

  record Expression(String source, Expr expr) implements Part {}

  /** The parsed template; failures name the expression and the object it belongs to. */
  static Result<Template> parse(String text, String objectId) {
    var parts = new ArrayList<Part>();
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf("#{", at);
      if (open < 0) {
        parts.add(new Literal(text.substring(at)));
        break;
      }
      if (open > at) {
        parts.add(new Literal(text.substring(at, open)));
      }
      int close = closing(text, open + 2);
      if (close < 0) {
        return Result.err(
            Problems.at(
                text.substring(open),
                objectId,
                Problems.syntax("the expression has no closing '}'")));
      }
      var source = text.substring(open + 2, close);
      var parsed = Parser.parse(source);
      if (!parsed.isOk()) {
        return Result.err(Problems.in(source, objectId, parsed.failure()));
      }
      parts.add(new Expression(source, parsed.value()));
      at = close + 1;
    }
    return Result.ok(new Template(parts));
  }

  /** True when the template is exactly one expression: its value keeps its type. */
  boolean isSingleExpression() {
    return parts.size() == 1 && parts.get(0) instanceof Expression;
  }

  private static int closing(String text, int from) {
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '}') {
        return i;
      }
    }
    return -1;
  }
}
