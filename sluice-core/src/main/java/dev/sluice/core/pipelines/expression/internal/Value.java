package dev.sluice.core.pipelines.expression.internal;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

/** A typed value of the expression language. */
public sealed interface Value {

  record Text(String value) implements Value {}

  record Int(long value) implements Value {}

  record Decimal(double value) implements Value {}

  /** A DateTime: an instant in a zone (UTC unless {@code inTimeZone} moved it). */
  record Moment(ZonedDateTime value) implements Value {}

  /** An object reference, with the frame its fields are read in. */
  record Ref(ObjectFrame frame) implements Value {}

  /** A list: a field with several values, or an array parameter. */
  record Many(List<Value> values) implements Value {
    public Many {
      values = List.copyOf(values);
    }
  }

  /** The value as text: DateTimes as {@code 2026-11-20T22:15:00}, references as object ids. */
  default String rendered() {
    return switch (this) {
      case Text t -> t.value();
      case Int i -> Long.toString(i.value());
      case Decimal d -> Double.toString(d.value());
      case Moment m -> DateTimeText.format(m.value());
      case Ref r -> r.frame().objectId();
      case Many m -> m.values().stream().map(Value::rendered).collect(Collectors.joining(","));
    };
  }

  /** The value's elements: a list's values, or the value alone. */
  default List<Value> elements() {
    return this instanceof Many m ? m.values() : List.of(this);
  }

  /** The type's name as messages show it. */
  default String typeName() {
    return switch (this) {
      case Text t -> "String";
      case Int i -> "Integer";
      case Decimal d -> "Double";
      case Moment m -> "DateTime";
      case Ref r -> "Object reference";
      case Many m -> "List";
    };
  }
}
