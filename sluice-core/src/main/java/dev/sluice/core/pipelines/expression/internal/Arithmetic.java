package dev.sluice.core.pipelines.expression.internal;

import dev.sluice.core.pipelines.expression.internal.Expr.Operator;
import dev.sluice.core.result.Result;
import java.util.ArrayList;

/**
 * The operators. {@code +} concatenates when either side is a String (the other side converted to
 * text); otherwise, like {@code - * / ^}, it needs numbers (text that reads as a number counts).
 * Integers stay integers ({@code /} truncates), a Double on either side makes a Double, and {@code
 * ^} always makes a Double. An operator applied to a list applies to each of its elements.
 */
final class Arithmetic {
  private Arithmetic() {}

  static Result<Value> apply(Operator operator, Value left, Value right) {
    if (left instanceof Value.Many || right instanceof Value.Many) {
      return eachPair(operator, left, right);
    }
    if (operator == Operator.PLUS && (left instanceof Value.Text || right instanceof Value.Text)) {
      return Result.ok(new Value.Text(left.rendered() + right.rendered()));
    }
    var l = Numbers.number(left);
    var r = Numbers.number(right);
    if (l.isEmpty() || r.isEmpty()) {
      return Result.err(
          Problems.invalid(
              "operator "
                  + operator.symbol
                  + " cannot be applied to "
                  + left.typeName()
                  + " and "
                  + right.typeName()));
    }
    return numbers(operator, l.get(), r.get());
  }

  static Result<Value> negate(Value operand) {
    if (operand instanceof Value.Many many) {
      return Lists.map(many.values(), Arithmetic::negate);
    }
    return switch (Numbers.number(operand).orElse(operand)) {
      case Value.Int i when i.value() != Long.MIN_VALUE -> Result.ok(new Value.Int(-i.value()));
      case Value.Decimal d -> Result.ok(new Value.Decimal(-d.value()));
      default ->
          Result.err(Problems.invalid("operator - cannot be applied to " + operand.typeName()));
    };
  }

  private static Result<Value> eachPair(Operator operator, Value left, Value right) {
    var results = new ArrayList<Value>();
    for (var l : left.elements()) {
      for (var r : right.elements()) {
        var result = apply(operator, l, r);
        if (!result.isOk()) {
          return result;
        }
        results.add(result.value());
      }
    }
    return Result.ok(new Value.Many(results));
  }

  private static Result<Value> numbers(Operator operator, Value left, Value right) {
    if (operator == Operator.POWER) {
      return Result.ok(
          new Value.Decimal(Math.pow(Numbers.asDouble(left), Numbers.asDouble(right))));
    }
    if (left instanceof Value.Int l && right instanceof Value.Int r) {
      return integers(operator, l.value(), r.value());
    }
    double l = Numbers.asDouble(left);
    double r = Numbers.asDouble(right);
    return Result.ok(
        new Value.Decimal(
            switch (operator) {
              case PLUS -> l + r;
              case MINUS -> l - r;
              case TIMES -> l * r;
              case DIVIDE, POWER -> l / r;
            }));
  }

  private static Result<Value> integers(Operator operator, long l, long r) {
    if (operator == Operator.DIVIDE && r == 0) {
      return Result.err(Problems.invalid("division by zero"));
    }
    try {
      return Result.ok(
          new Value.Int(
              switch (operator) {
                case PLUS -> Math.addExact(l, r);
                case MINUS -> Math.subtractExact(l, r);
                case TIMES -> Math.multiplyExact(l, r);
                case DIVIDE, POWER -> Math.divideExact(l, r);
              }));
    } catch (ArithmeticException overflow) {
      return Result.err(
          Problems.invalid("integer overflow in " + l + " " + operator.symbol + " " + r));
    }
  }
}
