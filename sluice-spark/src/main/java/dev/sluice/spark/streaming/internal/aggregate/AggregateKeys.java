package dev.sluice.spark.streaming.internal.aggregate;

import java.nio.charset.StandardCharsets;

/** Reads the aggregator type from a key such as {@code LongValueSum:word}. */
public final class AggregateKeys {

  private AggregateKeys() {}

  /** The index of the ':' ending the type prefix, or -1. */
  public static int typeEnd(byte[] key, int from, int to) {
    for (int i = from; i < to; i++) {
      if (key[i] == ':') {
        return i;
      }
    }
    return -1;
  }

  /** A fresh aggregator for the type the key names. */
  public static Aggregator aggregatorFor(byte[] key, int from, int to, long uniqueLimit) {
    return typeOf(key, from, to).create(uniqueLimit);
  }

  /** The type the key names; fails the task for a key without one, as Hadoop's reducer does. */
  public static AggregateType typeOf(byte[] key, int from, int to) {
    int colon = typeEnd(key, from, to);
    String keyText = new String(key, from, to - from, StandardCharsets.UTF_8);
    if (colon < 0) {
      throw new AggregateKeyException(
          "aggregate: key \""
              + keyText
              + "\" has no aggregator type prefix (expected e.g. \"LongValueSum:"
              + keyText
              + "\")");
    }
    String type = new String(key, from, colon - from, StandardCharsets.UTF_8);
    return AggregateType.named(type)
        .orElseThrow(
            () ->
                new AggregateKeyException(
                    "aggregate: unknown aggregator type \""
                        + type
                        + "\" in key \""
                        + keyText
                        + "\" (known: LongValueSum, LongValueMax, LongValueMin, DoubleValueSum,"
                        + " StringValueMax, StringValueMin, UniqValueCount, ValueHistogram)"));
  }

  /** A mapper emitted a key the aggregate reducer cannot read (Hadoop fails the task too). */
  public static final class AggregateKeyException extends RuntimeException {
    AggregateKeyException(String message) {
      super(message);
    }
  }
}
