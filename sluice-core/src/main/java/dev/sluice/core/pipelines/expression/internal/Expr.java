package dev.sluice.core.pipelines.expression.internal;

import java.util.List;

/** The syntax tree of one expression (what stands between {@code #{} and {@code }}). */
sealed interface Expr {

  record Literal(Value value) implements Expr {}

  /** {@code name}, {@code @runtimeField}, {@code input.directoryPath}, {@code node.@id}. */
  record Path(List<String> names) implements Expr {
    public Path {
      names = List.copyOf(names);
    }
  }

  record Call(String function, List<Expr> arguments) implements Expr {
    public Call {
      arguments = List.copyOf(arguments);
    }
  }

  record Binary(Operator operator, Expr left, Expr right) implements Expr {}

  record Negate(Expr operand) implements Expr {}

  enum Operator {
    PLUS("+"),
    MINUS("-"),
    TIMES("*"),
    DIVIDE("/"),
    POWER("^");

    final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }
  }
}
