package dev.sluice.core.pipelines.expression.internal;

import dev.sluice.core.pipelines.expression.internal.Expr.Operator;
import dev.sluice.core.pipelines.expression.internal.Token.Kind;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one expression. Precedence, lowest first: {@code + -}, {@code * /}, unary {@code -},
 * {@code ^} (right-associative); then literals, parentheses, function calls and dotted names.
 * Methods answer null once {@link #problem} is set.
 */
final class Parser {
  private final List<Token> tokens;
  private int at;
  private String problem;

  private Parser(List<Token> tokens) {
    this.tokens = tokens;
  }

  static Result<Expr> parse(String source) {
    if (source.isBlank()) {
      return Result.err(Problems.syntax("the expression is empty"));
    }
    return Lexer.tokens(source).flatMap(tokens -> new Parser(tokens).whole());
  }

  private Result<Expr> whole() {
    var expr = additive();
    if (expr != null && peek().kind() != Kind.END) {
      fail("unexpected " + peek().shown() + " at position " + peek().position());
    }
    return problem == null ? Result.ok(expr) : Result.err(Problems.syntax(problem));
  }

  private Expr additive() {
    var left = multiplicative();
    while (left != null && (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS)) {
      var operator = take().kind() == Kind.PLUS ? Operator.PLUS : Operator.MINUS;
      left = binary(operator, left, multiplicative());
    }
    return left;
  }

  private Expr multiplicative() {
    var left = unary();
    while (left != null && (peek().kind() == Kind.TIMES || peek().kind() == Kind.DIVIDE)) {
      var operator = take().kind() == Kind.TIMES ? Operator.TIMES : Operator.DIVIDE;
      left = binary(operator, left, unary());
    }
    return left;
  }

  private Expr unary() {
    if (peek().kind() == Kind.MINUS) {
      take();
      var operand = unary();
      return operand == null ? null : new Expr.Negate(operand);
    }
    return power();
  }

  private Expr power() {
    var base = primary();
    if (base != null && peek().kind() == Kind.POWER) {
      take();
      return binary(Operator.POWER, base, unary());
    }
    return base;
  }

  private static Expr binary(Operator operator, Expr left, Expr right) {
    return right == null ? null : new Expr.Binary(operator, left, right);
  }

  private Expr primary() {
    var token = take();
    return switch (token.kind()) {
      case NUMBER -> new Expr.Literal(Numbers.literal(token.text()));
      case STRING -> new Expr.Literal(new Value.Text(token.text()));
      case OPEN -> closed(additive());
      case NAME -> peek().kind() == Kind.OPEN ? call(token.text()) : path(token.text());
      default -> fail("unexpected " + token.shown() + " at position " + token.position());
    };
  }

  private Expr closed(Expr inner) {
    return inner == null ? null : expect(Kind.CLOSE, "')'") ? inner : null;
  }

  private Expr call(String function) {
    take();
    var arguments = new ArrayList<Expr>();
    while (peek().kind() != Kind.CLOSE) {
      var argument = additive();
      if (argument == null) {
        return null;
      }
      arguments.add(argument);
      if (peek().kind() != Kind.COMMA) {
        break;
      }
      take();
    }
    return expect(Kind.CLOSE, "',' or ')'") ? new Expr.Call(function, arguments) : null;
  }

  private Expr path(String first) {
    var names = new ArrayList<>(List.of(first));
    while (peek().kind() == Kind.DOT) {
      take();
      if (peek().kind() != Kind.NAME) {
        return fail("expected a name after '.' at position " + peek().position());
      }
      names.add(take().text());
    }
    return new Expr.Path(names);
  }

  private boolean expect(Kind kind, String shown) {
    if (peek().kind() == kind) {
      take();
      return true;
    }
    fail(
        "expected " + shown + " but found " + peek().shown() + " at position " + peek().position());
    return false;
  }

  private Expr fail(String description) {
    if (problem == null) {
      problem = description;
    }
    return null;
  }

  private Token peek() {
    return tokens.get(at);
  }

  private Token take() {
    var token = tokens.get(at);
    if (token.kind() != Kind.END) {
      at++;
    }
    return token;
  }
}
