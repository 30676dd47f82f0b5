package dev.sluice.core.logs;

/**
 * A position in the time order of events: by timestamp (epoch milliseconds), then by id. Paging
 * tokens and event ids are keys written as digits.
 */
public record EventKey(long timestamp, long id) implements Comparable<EventKey> {
  /** Before every event: ids start at 1 and timestamps at 0. */
  public static final EventKey FIRST = new EventKey(0, 0);

  private static final java.util.regex.Pattern DIGITS =
      java.util.regex.Pattern.compile("[0-9]{35}");

  @Override
  public int compareTo(EventKey other) {
    int byTime = Long.compare(timestamp, other.timestamp);
    return byTime != 0 ? byTime : Long.compare(id, other.id);
  }

  /** The position just before this one (never before {@link #FIRST}). */
  public EventKey previous() {
    if (id > 0) {
      return new EventKey(timestamp, id - 1);
    }
    return timestamp > 0 ? new EventKey(timestamp - 1, Long.MAX_VALUE) : FIRST;
  }

  /** The position just after this one. */
  public EventKey next() {
    return id < Long.MAX_VALUE ? new EventKey(timestamp, id + 1) : new EventKey(timestamp + 1, 0);
  }

  /** 35 digits: the timestamp in 16, the id in 19; digit order is key order. */
  public String digits() {
    return String.format("%016d%019d", Math.max(timestamp, 0), Math.max(id, 0));
  }

  /** The key {@link #digits()} wrote, or empty for any other text. */
  public static java.util.Optional<EventKey> parse(String digits) {
    if (digits == null || !DIGITS.matcher(digits).matches()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new EventKey(
            Long.parseLong(digits.substring(0, 16)), Long.parseLong(digits.substring(16))));
  }
}
