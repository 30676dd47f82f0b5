package dev.sluice.store.internal.objects;

/**
 * Which keys a listing covers, as byte bounds: at least {@code from}, below {@code before}, above
 * {@code after}. A null bound does not limit.
 */
record KeyRange(byte[] from, byte[] before, byte[] after) {

  /** Keys starting with {@code prefix} (null or empty: all) that sort after {@code afterKey}. */
  static KeyRange of(String prefix, String afterKey) {
    byte[] after = afterKey == null ? null : ObjectKeys.bound(afterKey);
    if (prefix == null || prefix.isEmpty()) {
      return new KeyRange(null, null, after);
    }
    byte[] from = ObjectKeys.bound(prefix);
    return new KeyRange(from, ObjectKeys.prefixEnd(from), after);
  }

  /** The SQL condition on {@code key_bytes}, one {@code and ...} per bound present. */
  String condition() {
    return (from == null ? "" : " and key_bytes >= ?")
        + (before == null ? "" : " and key_bytes < ?")
        + (after == null ? "" : " and key_bytes > ?");
  }

  /** Binds the bounds present from parameter {@code index} on; returns the next free index. */
  int bind(java.sql.PreparedStatement statement, int index) throws java.sql.SQLException {
    for (byte[] bound : new byte[][] {from, before, after}) {
      if (bound != null) {
        statement.setBytes(index++, bound);
      }
    }
    return index;
  }
}
