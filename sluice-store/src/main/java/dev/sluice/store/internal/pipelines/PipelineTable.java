package dev.sluice.store.internal.pipelines;

import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.pipelines.StoredPipeline;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The rows of {@code dp_pipelines}: the record as JSON, its revision in its own column (the column
 * is the truth: the record read back carries it).
 */
final class PipelineTable {
  private static final String COLUMNS = "record, revision";

  private PipelineTable() {}

  static Optional<StoredPipeline> find(Connection c, String id) throws SQLException {
    try (var s = c.prepareStatement("select " + COLUMNS + " from dp_pipelines where id = ?")) {
      s.setString(1, id);
      return first(s);
    }
  }

  /** The pipeline not deleted with this name and uniqueId. */
  static Optional<StoredPipeline> findLive(Connection c, String name, String uniqueId)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from dp_pipelines where live_key = ? and name = ? and unique_id = ?")) {
      s.setString(1, liveKey(name, uniqueId));
      s.setString(2, name);
      s.setString(3, uniqueId);
      return first(s);
    }
  }

  /** Inserts the pipeline at revision 0; a live one with its name and uniqueId violates a key. */
  static void insert(Connection c, StoredPipeline pipeline) throws SQLException {
    try (var s =
        c.prepareStatement(
            "insert into dp_pipelines (id, name, unique_id, live_key, created_at, deleted,"
                + " revision, record) values (?, ?, ?, ?, ?, ?, 0, ?)")) {
      s.setString(1, pipeline.id());
      s.setString(2, pipeline.name());
      s.setString(3, pipeline.uniqueId());
      s.setString(4, pipeline.deleted() ? null : liveKey(pipeline.name(), pipeline.uniqueId()));
      setInstant(s, 5, pipeline.createdAt());
      s.setBoolean(6, pipeline.deleted());
      s.setString(7, PipelineJson.write(pipeline.withRevision(0)));
      s.executeUpdate();
    }
  }

  /** Replaces the record if its revision is still {@code expected}; false when it moved on. */
  static boolean replace(Connection c, StoredPipeline pipeline, long expected) throws SQLException {
    try (var s =
        c.prepareStatement(
            "update dp_pipelines set name = ?, unique_id = ?, live_key = ?, deleted = ?,"
                + " revision = ?, record = ? where id = ? and revision = ?")) {
      s.setString(1, pipeline.name());
      s.setString(2, pipeline.uniqueId());
      s.setString(3, pipeline.deleted() ? null : liveKey(pipeline.name(), pipeline.uniqueId()));
      s.setBoolean(4, pipeline.deleted());
      s.setLong(5, expected + 1);
      s.setString(6, PipelineJson.write(pipeline.withRevision(expected + 1)));
      s.setString(7, pipeline.id());
      s.setLong(8, expected);
      return s.executeUpdate() == 1;
    }
  }

  /** Pipelines not deleted in creation order after {@code afterId} (the beginning if unknown). */
  static List<StoredPipeline> list(Connection c, String afterId, int limit) throws SQLException {
    try (var s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from dp_pipelines where deleted = false and seq > coalesce((select seq from"
                + " dp_pipelines where id = ?), 0) order by seq limit ?")) {
      s.setString(1, afterId);
      s.setInt(2, limit);
      try (var rows = s.executeQuery()) {
        var pipelines = new ArrayList<StoredPipeline>();
        while (rows.next()) {
          pipelines.add(read(rows));
        }
        return pipelines;
      }
    }
  }

  private static Optional<StoredPipeline> first(PreparedStatement s) throws SQLException {
    try (var row = s.executeQuery()) {
      return row.next() ? Optional.of(read(row)) : Optional.empty();
    }
  }

  private static StoredPipeline read(ResultSet row) throws SQLException {
    return PipelineJson.pipeline(row.getString(1)).withRevision(row.getLong(2));
  }

  /** A digest of name and uniqueId: short enough for any index, whatever their length. */
  static String liveKey(String name, String uniqueId) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(uniqueId.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
