package dev.sluice.spark.streaming.internal.aggregate;

import dev.sluice.spark.streaming.internal.io.RecordSink;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The map side of {@code -reducer aggregate}: Hadoop's ValueAggregatorCombiner over a whole map
 * task. Keys live in one byte arena and an open-addressing table, so a record whose key is already
 * known costs a hash, a compare and a value parse, with no allocation.
 */
public final class AggregateTable implements RecordSink {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long MIX = 0x9E3779B97F4A7C15L;

  private final long uniqueLimit;
  private int[] slots = new int[1 << 12];
  private int[] hashes = new int[1 << 11];
  private int[] offsets = new int[1 << 11];
  private int[] lengths = new int[1 << 11];
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
    int length = keyEnd - keyStart;
    int hash = hash(buf, keyStart, keyEnd);
    int mask = slots.length - 1;
    int slot = hash & mask;
    int entry;
    while ((entry = slots[slot] - 1) >= 0) {
      if (hashes[entry] == hash
          && lengths[entry] == length
          && Arrays.equals(arena, offsets[entry], offsets[entry] + length, buf, keyStart, keyEnd)) {
        aggregators[entry].add(buf, valueStart, valueEnd - valueStart);
        return;
      }
      slot = (slot + 1) & mask;
    }
    entry = insert(slot, hash, buf, keyStart, keyEnd);
    aggregators[entry].add(buf, valueStart, valueEnd - valueStart);
  }

  /** Visits every key with its aggregator, in no particular order. */
  public void forEach(java.util.function.BiConsumer<byte[], Aggregator> visitor) {
    for (int i = 0; i < size; i++) {
      visitor.accept(
          Arrays.copyOfRange(arena, offsets[i], offsets[i] + lengths[i]), aggregators[i]);
    }
  }

  private int insert(int slot, int hash, byte[] buf, int keyStart, int keyEnd) {
    Aggregator aggregator = AggregateKeys.aggregatorFor(buf, keyStart, keyEnd, uniqueLimit);
    int length = keyEnd - keyStart;
    if (arenaUsed + length > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + length));
    }
    System.arraycopy(buf, keyStart, arena, arenaUsed, length);
    if (size == hashes.length) {
      grow();
    }
    int entry = size++;
    hashes[entry] = hash;
    offsets[entry] = arenaUsed;
    lengths[entry] = length;
    aggregators[entry] = aggregator;
    arenaUsed += length;
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    } else {
      slots[slot] = entry + 1;
    }
    return entry;
  }

  private void grow() {
    int capacity = hashes.length * 2;
    hashes = Arrays.copyOf(hashes, capacity);
    offsets = Arrays.copyOf(offsets, capacity);
    lengths = Arrays.copyOf(lengths, capacity);
    aggregators = Arrays.copyOf(aggregators, capacity);
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    int mask = capacity - 1;
    for (int entry = 0; entry < size; entry++) {
      int slot = hashes[entry] & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = entry + 1;
    }
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
