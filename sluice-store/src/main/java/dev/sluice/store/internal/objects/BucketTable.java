package dev.sluice.store.internal.objects;

import static dev.sluice.store.internal.jdbc.SqlValues.getInstant;
import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.objects.Bucket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code buckets} and {@code bucket_configs} tables. */
final class BucketTable {
  private static final String COLUMNS = "name, owner, region, created_at";

  boolean insert(Connection c, Bucket bucket) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into buckets (" + COLUMNS + ") values (?, ?, ?, ?) on conflict do nothing")) {
      s.setString(1, bucket.name());
      s.setString(2, bucket.owner());
      s.setString(3, bucket.region());
      setInstant(s, 4, bucket.createdAt());
      return s.executeUpdate() == 1;
    }
  }

  Optional<Bucket> find(Connection c, String name, boolean forUpdate) throws SQLException {
    String lock = forUpdate ? " for update" : "";
    try (PreparedStatement s =
        c.prepareStatement("select " + COLUMNS + " from buckets where name = ?" + lock)) {
      s.setString(1, name);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
      }
    }
  }

  List<Bucket> listOwnedBy(Connection c, String owner) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select " + COLUMNS + " from buckets where owner = ? order by name")) {
      s.setString(1, owner);
      try (ResultSet rows = s.executeQuery()) {
        List<Bucket> buckets = new ArrayList<>();
        while (rows.next()) {
          buckets.add(read(rows));
        }
        return buckets;
      }
    }
  }

  /** Deletes the bucket; its configurations and uploads go with it (foreign key cascades). */
  void delete(Connection c, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("delete from buckets where name = ?")) {
      s.setString(1, name);
      s.executeUpdate();
    }
  }

  void putConfig(Connection c, String bucket, String kind, String json) throws SQLException {
    while (!updateConfig(c, bucket, kind, json) && !insertConfig(c, bucket, kind, json)) {
      // Another transaction inserted the row between our update and insert: update it now.
    }
  }

  private boolean updateConfig(Connection c, String bucket, String kind, String json)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update bucket_configs set document = ? where bucket = ? and kind = ?")) {
      s.setString(1, json);
      s.setString(2, bucket);
      s.setString(3, kind);
      return s.executeUpdate() == 1;
    }
  }

  private boolean insertConfig(Connection c, String bucket, String kind, String json)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into bucket_configs (bucket, kind, document) values (?, ?, ?)"
                + " on conflict do nothing")) {
      s.setString(1, bucket);
      s.setString(2, kind);
      s.setString(3, json);
      return s.executeUpdate() == 1;
    }
  }

  Optional<String> findConfig(Connection c, String bucket, String kind) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select document from bucket_configs where bucket = ? and kind = ?")) {
      s.setString(1, bucket);
      s.setString(2, kind);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  private static Bucket read(ResultSet row) throws SQLException {
    return new Bucket(
        row.getString("name"),
        row.getString("owner"),
        row.getString("region"),
        getInstant(row, "created_at"));
  }
}
