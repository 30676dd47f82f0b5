package dev.sluice.store.internal.objects;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Values read from the database, kept for a short time so that a request does not read what the
 * previous one just read (a bucket and its notification configuration, on every PUT). This node's
 * own writes invalidate an entry at once; a write by another node sharing the database is seen
 * after at most {@code ttlNanos}. A value being loaded while an invalidation happens is returned
 * but not kept, so a load never resurrects what a concurrent write replaced.
 */
public final class ReadCache<K, V> {
  private static final int MAX_ENTRIES = 10_000;

  private record Entry<V>(V value, long expiresAt) {}

  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final AtomicLong invalidations = new AtomicLong();
  private final long ttlNanos;
  private final LongSupplier nanoTime;

  public ReadCache(long ttlNanos, LongSupplier nanoTime) {
    this.ttlNanos = ttlNanos;
    this.nanoTime = nanoTime;
  }

  /** The cached value, or {@code load}'s (kept unless {@code keep} is false for it). */
  public V get(K key, Supplier<V> load, Predicate<V> keep) {
    long now = nanoTime.getAsLong();
    Entry<V> entry = entries.get(key);
    if (entry != null && now - entry.expiresAt() < 0) {
      return entry.value();
    }
    long generation = invalidations.get();
    V value = load.get();
    if (keep.test(value) && invalidations.get() == generation) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      entries.put(key, new Entry<>(value, now + ttlNanos));
    }
    return value;
  }

  /** Forgets the key; call after this node changed what it maps to. */
  public void invalidate(K key) {
    invalidations.incrementAndGet();
    entries.remove(key);
  }

  /** Forgets every key {@code matching}. */
  public void invalidateAll(Predicate<K> matching) {
    invalidations.incrementAndGet();
    entries.keySet().removeIf(matching);
  }
}
