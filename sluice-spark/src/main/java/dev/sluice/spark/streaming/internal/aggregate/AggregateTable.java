package dev.sluice.spark.streaming.internal.aggregate;

import dev.sluice.spark.streaming.internal.io.RecordSink;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * The map side of {@code -reducer aggregate}: Hadoop's ValueAggregatorCombiner over a whole map
 * task. Each key is one record in a {@code long[]}: a header, the running value of the long
 * aggregators (sum, max, min; the other types keep an object), then the key's bytes eight to a
 * long. An open-addressing table of (hash, record) slots finds them, so a record whose key is
 * already known costs a hash, a compare of a few longs and a number parse: no allocation, and two
 * or three cache lines.
 */
public final class AggregateTable implements RecordSink {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long MIX = 0x9E3779B97F4A7C15L;
  private static final long HASH_BITS = 0xFFFFFFFF00000000L;
  private static final AggregateType[] TYPES = AggregateType.values();

  private final long uniqueLimit;
  // A slot holds (hash << 32 | record + 1), 0 when empty.
  private long[] slots = new long[1 << 12];
  // Record r: [r] = type ordinal << 32 | key length, [r + 1] = value (or index into others),
  // [r + 2 ...] = the key, little-endian, the last long zero-padded.
  private long[] records = new long[1 << 14];
  private int recordsUsed;
  private Aggregator[] others = new Aggregator[16];
  private int othersUsed;
  private int size;

  public AggregateTable(long uniqueLimit) {
    this.uniqueLimit = uniqueLimit;
  }

  /** The number of distinct keys. */
  public int size() {
    return size;
  }

  @Override
  public void accept(byte[] buf, int keyStart, int keyEnd, int valueStart, int valueEnd) {
    int hash = hash(buf, keyStart, keyEnd);
    int mask = slots.length - 1;
    int slot = hash & mask;
    long tag = (long) hash << 32;
    long found;
    while ((found = slots[slot]) != 0) {
      if ((found & HASH_BITS) == tag && keyEquals((int) found - 1, buf, keyStart, keyEnd)) {
        add((int) found - 1, buf, valueStart, valueEnd);
        return;
      }
      slot = (slot + 1) & mask;
    }
    add(insert(slot, hash, buf, keyStart, keyEnd), buf, valueStart, valueEnd);
  }

  private void add(int record, byte[] buf, int valueStart, int valueEnd) {
    int value = record + 1;
    int length = valueEnd - valueStart;
    switch (TYPES[(int) (records[record] >>> 32)]) {
      case LONG_VALUE_SUM -> records[value] += DecimalLongs.parse(buf, valueStart, length);
      case LONG_VALUE_MAX ->
          records[value] = Math.max(records[value], DecimalLongs.parse(buf, valueStart, length));
      case LONG_VALUE_MIN ->
          records[value] = Math.min(records[value], DecimalLongs.parse(buf, valueStart, length));
      default -> others[(int) records[value]].add(buf, valueStart, length);
    }
  }

  /** Visits every key with its aggregator, in no particular order. */
  public void forEach(BiConsumer<byte[], Aggregator> visitor) {
    for (int record = 0; record < recordsUsed; record += 2 + words((int) records[record])) {
      AggregateType type = TYPES[(int) (records[record] >>> 32)];
      long value = records[record + 1];
      Aggregator aggregator =
          switch (type) {
            case LONG_VALUE_SUM -> new LongValueSum(value);
            case LONG_VALUE_MAX -> new LongExtreme(true, value);
            case LONG_VALUE_MIN -> new LongExtreme(false, value);
            default -> others[(int) value];
          };
      visitor.accept(key(record), aggregator);
    }
  }

  private byte[] key(int record) {
    int length = (int) records[record];
    byte[] key = new byte[words(length) * 8];
    for (int i = 0; i < words(length); i++) {
      LONGS.set(key, 8 * i, records[record + 2 + i]);
    }
    return Arrays.copyOf(key, length);
  }

  private boolean keyEquals(int record, byte[] buf, int keyStart, int keyEnd) {
    int length = keyEnd - keyStart;
    if ((int) records[record] != length) {
      return false;
    }
    int key = record + 2;
    int whole = length >>> 3;
    for (int i = 0; i < whole; i++) {
      if (records[key + i] != (long) LONGS.get(buf, keyStart + 8 * i)) {
        return false;
      }
    }
    return (length & 7) == 0 || records[key + whole] == tail(buf, keyStart, keyEnd);
  }

  private int insert(int slot, int hash, byte[] buf, int keyStart, int keyEnd) {
    AggregateType type = AggregateKeys.typeOf(buf, keyStart, keyEnd);
    int length = keyEnd - keyStart;
    int record = recordsUsed;
    int needed = 2 + words(length);
    if (record + needed > records.length) {
      records = Arrays.copyOf(records, Math.max(records.length * 2, record + needed));
    }
    records[record] = (long) type.ordinal() << 32 | length;
    records[record + 1] =
        switch (type) {
          case LONG_VALUE_SUM -> 0;
          case LONG_VALUE_MAX -> Long.MIN_VALUE;
          case LONG_VALUE_MIN -> Long.MAX_VALUE;
          default -> addOther(type.create(uniqueLimit));
        };
    int whole = length >>> 3;
    for (int i = 0; i < whole; i++) {
      records[record + 2 + i] = (long) LONGS.get(buf, keyStart + 8 * i);
    }
    if ((length & 7) != 0) {
      records[record + 2 + whole] = tail(buf, keyStart, keyEnd);
    }
    recordsUsed += needed;
    size++;
    slots[slot] = (long) hash << 32 | (record + 1);
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    return record;
  }

  private int addOther(Aggregator aggregator) {
    if (othersUsed == others.length) {
      others = Arrays.copyOf(others, othersUsed * 2);
    }
    others[othersUsed] = aggregator;
    return othersUsed++;
  }

  private void rehash(int capacity) {
    long[] old = slots;
    slots = new long[capacity];
    int mask = capacity - 1;
    for (long found : old) {
      if (found != 0) {
        int slot = (int) (found >>> 32) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = found;
      }
    }
  }

  private static int words(int length) {
    return (length + 7) >>> 3;
  }

  /** The key's last {@code length % 8} bytes as a little-endian long (the rest zero). */
  private static long tail(byte[] b, int from, int to) {
    int rest = (to - from) & 7;
    if (to >= 8) {
      return (long) LONGS.get(b, to - 8) >>> ((8 - rest) * 8);
    }
    long tail = 0;
    for (int k = 0; k < rest; k++) {
      tail |= (b[to - rest + k] & 0xffL) << (8 * k);
    }
    return tail;
  }

  /** A fast, well-mixed hash of {@code [from, to)}, eight bytes at a time. */
  static int hash(byte[] b, int from, int to) {
    long h = MIX * (to - from + 1);
    int i = from;
    for (; i + 8 <= to; i += 8) {
      h = (h ^ (long) LONGS.get(b, i)) * MIX;
      h ^= h >>> 32;
    }
    if (i < to) {
      h = (h ^ tail(b, from, to)) * MIX;
    }
    h ^= h >>> 29;
    return (int) (h ^ (h >>> 32));
  }
}
