package dev.sluice.store.internal.objects;

import static dev.sluice.store.internal.jdbc.SqlValues.getInstant;
import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.store.internal.jdbc.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code objects} table: one row per key, the key stored as its UTF-8 bytes. */
final class ObjectTable {
  private static final String COLUMNS =
      "bucket, key_bytes, blob_id, size, etag, last_modified, attributes, checksums, parts_count,"
          + " part_sizes, sequencer";

  private final Dialect dialect;

  ObjectTable(Dialect dialect) {
    this.dialect = dialect;
  }

  /** The key's record; with {@code forUpdate}, its row stays locked until the transaction ends. */
  Optional<ObjectRecord> find(Connection c, String bucket, byte[] key, boolean forUpdate)
      throws SQLException {
    boolean selectLocks = forUpdate && dialect.locksRowsBySelect();
    if (forUpdate && !selectLocks && !lock(c, bucket, key)) {
      return Optional.empty();
    }
    String lock = selectLocks ? " for update" : "";
    try (PreparedStatement s =
        c.prepareStatement(
            "select " + COLUMNS + " from objects where bucket = ? and key_bytes = ?" + lock)) {
      s.setString(1, bucket);
      s.setBytes(2, key);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
      }
    }
  }

  /** Locks the key's row with a no-op update; false when there is no such row. */
  private static boolean lock(Connection c, String bucket, byte[] key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update objects set sequencer = sequencer where bucket = ? and key_bytes = ?")) {
      s.setString(1, bucket);
      s.setBytes(2, key);
      return s.executeUpdate() > 0;
    }
  }

  /** Inserts the record unless its key exists (committed or being inserted); true if inserted. */
  boolean insertIfAbsent(Connection c, ObjectRecord record) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into objects ("
                + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
      s.setString(1, record.bucket());
      s.setBytes(2, ObjectKeys.bytes(record.key()));
      bindValues(s, 3, record);
      return s.executeUpdate() == 1;
    }
  }

  void update(Connection c, ObjectRecord record) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update objects set blob_id = ?, size = ?, etag = ?, last_modified = ?,"
                + " attributes = ?, checksums = ?, parts_count = ?, part_sizes = ?,"
                + " sequencer = ? where bucket = ? and key_bytes = ?")) {
      bindValues(s, 1, record);
      s.setString(10, record.bucket());
      s.setBytes(11, ObjectKeys.bytes(record.key()));
      s.executeUpdate();
    }
  }

  void delete(Connection c, String bucket, byte[] key) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("delete from objects where bucket = ? and key_bytes = ?")) {
      s.setString(1, bucket);
      s.setBytes(2, key);
      s.executeUpdate();
    }
  }

  boolean anyIn(Connection c, String bucket) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select 1 from objects where bucket = ? limit 1")) {
      s.setString(1, bucket);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** The bucket's keys in {@code range}, by their bytes, at most {@code limit}. */
  List<ObjectRecord> list(Connection c, String bucket, KeyRange range, int limit)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from objects where bucket = ?"
                + range.condition()
                + " order by key_bytes limit ?")) {
      s.setString(1, bucket);
      s.setInt(range.bind(s, 2), limit);
      try (ResultSet rows = s.executeQuery()) {
        List<ObjectRecord> records = new ArrayList<>();
        while (rows.next()) {
          records.add(read(rows));
        }
        return records;
      }
    }
  }

  private static void bindValues(PreparedStatement s, int first, ObjectRecord r)
      throws SQLException {
    s.setString(first, r.blobId());
    s.setLong(first + 1, r.size());
    s.setString(first + 2, r.etag());
    setInstant(s, first + 3, r.lastModified());
    s.setString(first + 4, JsonColumns.attributes(r.attributes()));
    s.setString(first + 5, JsonColumns.checksums(r.checksums()));
    s.setInt(first + 6, r.partsCount());
    s.setString(first + 7, partSizes(r.partSizes()));
    s.setString(first + 8, r.sequencer());
  }

  private static ObjectRecord read(ResultSet row) throws SQLException {
    return new ObjectRecord(
        row.getString("bucket"),
        ObjectKeys.key(row.getBytes("key_bytes")),
        row.getString("blob_id"),
        row.getLong("size"),
        row.getString("etag"),
        getInstant(row, "last_modified"),
        JsonColumns.attributes(row.getString("attributes")),
        JsonColumns.checksums(row.getString("checksums")),
        row.getInt("parts_count"),
        row.getString("sequencer"),
        partSizes(row.getString("part_sizes")));
  }

  /** Part sizes as a comma-separated list: "" for a single-part object. */
  private static String partSizes(List<Long> sizes) {
    var text = new StringBuilder();
    for (var size : sizes) {
      text.append(text.isEmpty() ? "" : ",").append(size);
    }
    return text.toString();
  }

  private static List<Long> partSizes(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    var sizes = new ArrayList<Long>();
    for (var size : text.split(",")) {
      sizes.add(Long.parseLong(size));
    }
    return sizes;
  }
}
