package dev.sluice.core.pipelines.expression.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/** Numbers: literals, and text read as a number where arithmetic needs one. */
final class Numbers {
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private Numbers() {}

  /** An integer literal, or a decimal one (an integer too large for 64 bits becomes a Double). */
  static Value literal(String digits) {
    if (INTEGER.matcher(digits).matches()) {
      try {
        return new Value.Int(Long.parseLong(digits));
      } catch (NumberFormatException tooLarge) {
        return new Value.Decimal(Double.parseDouble(digits));
      }
    }
    return new Value.Decimal(Double.parseDouble(digits));
  }

  /** {@code value} as a number: a number, or text that reads as one. */
  static Optional<Value> number(Value value) {
    return switch (value) {
      case Value.Int i -> Optional.of(i);
      case Value.Decimal d -> Optional.of(d);
      case Value.Text t when DECIMAL.matcher(t.value().strip()).matches() ->
          Optional.of(literal(t.value().strip().replaceFirst("^\\+", "")));
      default -> Optional.empty();
    };
  }

  static double asDouble(Value number) {
    return number instanceof Value.Int i ? i.value() : ((Value.Decimal) number).value();
  }
}
