package dev.sluice.spark.streaming.internal.aggregate;

import java.util.Arrays;
import java.util.Optional;

/** The aggregator a mapper names with its key's prefix, {@code LongValueSum:word}. */
public enum AggregateType {
  LONG_VALUE_SUM("LongValueSum"),
  LONG_VALUE_MAX("LongValueMax"),
  LONG_VALUE_MIN("LongValueMin"),
  DOUBLE_VALUE_SUM("DoubleValueSum"),
  STRING_VALUE_MAX("StringValueMax"),
  STRING_VALUE_MIN("StringValueMin"),
  UNIQ_VALUE_COUNT("UniqValueCount"),
  VALUE_HISTOGRAM("ValueHistogram");

  private final String prefix;

  AggregateType(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  /** The type with this name, ignoring case as Hadoop does. */
  public static Optional<AggregateType> named(String name) {
    return Arrays.stream(values()).filter(t -> t.prefix.equalsIgnoreCase(name)).findFirst();
  }

  /** A fresh aggregator; {@code uniqueLimit} bounds UniqValueCount. */
  public Aggregator create(long uniqueLimit) {
    return switch (this) {
      case LONG_VALUE_SUM -> new LongValueSum();
      case LONG_VALUE_MAX -> LongExtreme.max();
      case LONG_VALUE_MIN -> LongExtreme.min();
      case DOUBLE_VALUE_SUM -> new DoubleValueSum();
      case STRING_VALUE_MAX -> StringExtreme.max();
      case STRING_VALUE_MIN -> StringExtreme.min();
      case UNIQ_VALUE_COUNT -> new UniqValueCount(uniqueLimit);
      case VALUE_HISTOGRAM -> new ValueHistogram();
    };
  }
}
