package dev.sluice.core.pipelines.expression.internal;

import dev.sluice.core.pipelines.expression.internal.Functions.Kind;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** A function's arguments, already converted to the types it takes. */
record Args(List<Object> values) {

  ZonedDateTime dateTime(int index) {
    return (ZonedDateTime) values.get(index);
  }

  long integer(int index) {
    return (Long) values.get(index);
  }

  int small(int index) {
    return Math.toIntExact(integer(index));
  }

  String text(int index) {
    return (String) values.get(index);
  }

  /** {@code value} as {@code kind}, or empty when it is not one. */
  static Optional<Object> convert(Kind kind, Value value) {
    return switch (kind) {
      case DATE_TIME -> dateTime(value).map(Object.class::cast);
      case INTEGER -> integer(value).map(Object.class::cast);
      case STRING -> Optional.of(value.rendered());
    };
  }

  private static Optional<ZonedDateTime> dateTime(Value value) {
    return switch (value) {
      case Value.Moment m -> Optional.of(m.value());
      case Value.Text t -> DateTimeText.parse(t.value());
      default -> Optional.empty();
    };
  }

  private static Optional<Long> integer(Value value) {
    return switch (Numbers.number(value).orElse(value)) {
      case Value.Int i -> Optional.of(i.value());
      case Value.Decimal d when d.value() == Math.rint(d.value()) && Math.abs(d.value()) < 1e15 ->
          Optional.of((long) d.value());
      default -> Optional.empty();
    };
  }
}
