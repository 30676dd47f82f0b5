package dev.sluice.spark.streaming.internal.aggregate;

import dev.sluice.spark.streaming.internal.io.RecordSink;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * The map side of {@code -reducer aggregate}: Hadoop's ValueAggregatorCombiner over a whole map
 * task. Keys live in one byte arena behind an open-addressing table, and the long aggregators (sum,
 * max, min) keep their value next to their key, so a record whose key is already known costs a
 * hash, a compare and a number parse, with no allocation and few cache lines touched.
 */
public final class AggregateTable implements RecordSink {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long MIX = 0x9E3779B97F4A7C15L;
  private static final long HASH_BITS = 0xFFFFFFFF00000000L;

  private final long uniqueLimit;
  // A slot holds (hash << 32 | entry + 1), 0 when empty: one load decides most probes.
  private long[] slots = new long[1 << 12];
  // Entry e: [2e] = its key's (arena offset << 32 | length), [2e + 1] = its long value.
  private long[] entries = new long[2 << 11];
  private AggregateType[] types = new AggregateType[1 << 11];
  // The aggregators of the other types (null for sum, max and min).
  private Aggregator[] aggregators = new Aggregator[1 << 11];
  private byte[] arena = new byte[1 << 16];
  private int arenaUsed;
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
      if ((found & HASH_BITS) == tag) {
        int entry = (int) found - 1;
        long key = entries[2 * entry];
        if (equal(arena, (int) (key >>> 32), (int) key, buf, keyStart, keyEnd)) {
          add(entry, buf, valueStart, valueEnd);
          return;
        }
      }
      slot = (slot + 1) & mask;
    }
    add(insert(slot, hash, buf, keyStart, keyEnd), buf, valueStart, valueEnd);
  }

  private void add(int entry, byte[] buf, int valueStart, int valueEnd) {
    int value = 2 * entry + 1;
    switch (types[entry]) {
      case LONG_VALUE_SUM ->
          entries[value] += DecimalLongs.parse(buf, valueStart, valueEnd - valueStart);
      case LONG_VALUE_MAX ->
          entries[value] =
              Math.max(entries[value], DecimalLongs.parse(buf, valueStart, valueEnd - valueStart));
      case LONG_VALUE_MIN ->
          entries[value] =
              Math.min(entries[value], DecimalLongs.parse(buf, valueStart, valueEnd - valueStart));
      default -> aggregators[entry].add(buf, valueStart, valueEnd - valueStart);
    }
  }

  /** Visits every key with its aggregator, in no particular order. */
  public void forEach(BiConsumer<byte[], Aggregator> visitor) {
    for (int entry = 0; entry < size; entry++) {
      long key = entries[2 * entry];
      int offset = (int) (key >>> 32);
      long value = entries[2 * entry + 1];
      Aggregator aggregator =
          switch (types[entry]) {
            case LONG_VALUE_SUM -> new LongValueSum(value);
            case LONG_VALUE_MAX, LONG_VALUE_MIN ->
                new LongExtreme(types[entry] == AggregateType.LONG_VALUE_MAX, value);
            default -> aggregators[entry];
          };
      visitor.accept(Arrays.copyOfRange(arena, offset, offset + (int) key), aggregator);
    }
  }

  private int insert(int slot, int hash, byte[] buf, int keyStart, int keyEnd) {
    AggregateType type = AggregateKeys.typeOf(buf, keyStart, keyEnd);
    int length = keyEnd - keyStart;
    if (arenaUsed + length > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + length));
    }
    System.arraycopy(buf, keyStart, arena, arenaUsed, length);
    if (size == types.length) {
      entries = Arrays.copyOf(entries, entries.length * 2);
      types = Arrays.copyOf(types, size * 2);
      aggregators = Arrays.copyOf(aggregators, size * 2);
    }
    int entry = size++;
    entries[2 * entry] = (long) arenaUsed << 32 | length;
    types[entry] = type;
    switch (type) {
      case LONG_VALUE_SUM -> entries[2 * entry + 1] = 0;
      case LONG_VALUE_MAX -> entries[2 * entry + 1] = Long.MIN_VALUE;
      case LONG_VALUE_MIN -> entries[2 * entry + 1] = Long.MAX_VALUE;
      default -> aggregators[entry] = type.create(uniqueLimit);
    }
    arenaUsed += length;
    slots[slot] = (long) hash << 32 | (entry + 1);
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    return entry;
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

  /** Whether {@code a[aFrom, aFrom + length)} equals {@code b[bFrom, bTo)}, eight bytes a step. */
  private static boolean equal(byte[] a, int aFrom, int length, byte[] b, int bFrom, int bTo) {
    if (length != bTo - bFrom) {
      return false;
    }
    int i = 0;
    for (; i + 8 <= length; i += 8) {
      if ((long) LONGS.get(a, aFrom + i) != (long) LONGS.get(b, bFrom + i)) {
        return false;
      }
    }
    for (; i < length; i++) {
      if (a[aFrom + i] != b[bFrom + i]) {
        return false;
      }
    }
    return true;
  }

  /** A fast, well-mixed hash of {@code [from, to)}, eight bytes at a time. */
  static int hash(byte[] b, int from, int to) {
    long h = MIX * (to - from + 1);
    int i = from;
    for (; i + 8 <= to; i += 8) {
      h = (h ^ (long) LONGS.get(b, i)) * MIX;
      h ^= h >>> 32;
    }
    int rest = to - i;
    if (rest > 0) {
      long tail;
      if (to >= 8) {
        tail = (long) LONGS.get(b, to - 8) >>> ((8 - rest) * 8);
      } else {
        tail = 0;
        for (int k = 0; k < rest; k++) {
          tail |= (b[i + k] & 0xffL) << (8 * k);
        }
      }
      h = (h ^ tail) * MIX;
    }
    h ^= h >>> 29;
    return (int) (h ^ (h >>> 32));
  }
}
