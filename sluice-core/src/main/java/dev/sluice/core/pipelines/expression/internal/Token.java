package dev.sluice.core.pipelines.expression.internal;

/** One token of an expression; {@code position} counts from the expression's first character. */
record Token(Kind kind, String text, int position) {

  enum Kind {
    NUMBER,
    STRING,
    NAME,
    DOT,
    COMMA,
    OPEN,
    CLOSE,
    PLUS,
    MINUS,
    TIMES,
    DIVIDE,
    POWER,
    END
  }

  /** How messages show the token. */
  String shown() {
    return kind == Kind.END ? "end of expression" : "'" + text + "'";
  }
}
