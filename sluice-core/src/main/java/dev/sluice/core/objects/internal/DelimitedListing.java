package dev.sluice.core.objects.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Fills one page of a listing (keys, or uploads by key) in catalog order, rolling entries up into
 * common prefixes. A common prefix costs one catalog query: the listing continues past all of its
 * entries instead of reading them.
 *
 * @param <T> an entry: an object record or an upload
 */
final class DelimitedListing<T> {

  static final int MAX_PAGE = 1000;

  /** Where the listing continues: after {@code key}, and within it after {@code id} (or null). */
  record Position(String key, String id) {}

  /** The entries of the catalog after a position, at most {@code limit} of them. */
  interface Source<T> {
    List<T> after(Position position, int limit);
  }

  /**
   * A page: {@code lastKey} is the last key or common prefix returned and {@code lastId} the last
   * entry's id (null after a prefix); both are null on an empty page.
   */
  record Page<T>(
      List<T> entries,
      List<String> commonPrefixes,
      boolean truncated,
      String lastKey,
      String lastId) {}

  private final Delimiting delimiting;
  private final Function<T, String> key;
  private final Function<T, String> id;

  /** {@code id} tells entries of one key apart (null when keys are unique). */
  DelimitedListing(Delimiting delimiting, Function<T, String> key, Function<T, String> id) {
    this.delimiting = delimiting;
    this.key = key;
    this.id = id;
  }

  /** Up to {@code max} entries and prefixes (at most {@link #MAX_PAGE}) after {@code start}. */
  Page<T> page(Position start, int max, Source<T> source) {
    int size = Math.clamp(max, 0, MAX_PAGE);
    return size == 0
        ? new Page<>(List.of(), List.of(), false, null, null)
        : new Filling(size).fill(start, source);
  }

  /** One page being filled. */
  private final class Filling {
    private final int max;
    private final List<T> entries = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();
    private String lastKey;
    private String lastId;

    Filling(int max) {
      this.max = max;
    }

    Page<T> fill(Position start, Source<T> source) {
      var position = start;
      var window = new ScanWindow(delimiting.delimiter() != null);
      while (true) {
        int limit = window.next(max - taken() + 1);
        var batch = source.after(position, limit);
        boolean rolledUp = false;
        for (var entry : batch) {
          if (taken() == max) {
            return page(true);
          }
          rolledUp = take(entry);
          if (rolledUp) {
            break;
          }
        }
        if (!rolledUp && batch.size() < limit) {
          return page(false);
        }
        if (rolledUp) {
          window.rolledUp();
        } else {
          window.ranThrough();
        }
        position = new Position(delimiting.after(lastKey), lastId);
      }
    }

    /** Adds the entry or its common prefix; true for a common prefix. */
    private boolean take(T entry) {
      String common = delimiting.commonPrefix(key.apply(entry));
      if (common == null) {
        entries.add(entry);
        lastKey = key.apply(entry);
        lastId = id.apply(entry);
        return false;
      }
      prefixes.add(common);
      lastKey = common;
      lastId = null;
      return true;
    }

    private int taken() {
      return entries.size() + prefixes.size();
    }

    private Page<T> page(boolean truncated) {
      return new Page<>(List.copyOf(entries), List.copyOf(prefixes), truncated, lastKey, lastId);
    }
  }
}
