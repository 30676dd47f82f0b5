package dev.sluice.store.internal.objects;

import static dev.sluice.store.internal.jdbc.SqlValues.getInstant;
import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.objects.Part;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code parts} table: the uploaded parts of multipart uploads. */
final class PartTable {
  private static final String COLUMNS =
      "upload_id, part_number, blob_id, size, etag, last_modified, checksums";

  Optional<Part> find(Connection c, String uploadId, int partNumber) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from parts where upload_id = ? and part_number = ? for update")) {
      s.setString(1, uploadId);
      s.setInt(2, partNumber);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
      }
    }
  }

  boolean insertIfAbsent(Connection c, Part part) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into parts ("
                + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
      s.setString(1, part.uploadId());
      s.setInt(2, part.partNumber());
      bindValues(s, 3, part);
      return s.executeUpdate() == 1;
    }
  }

  void update(Connection c, Part part) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update parts set blob_id = ?, size = ?, etag = ?, last_modified = ?, checksums = ?"
                + " where upload_id = ? and part_number = ?")) {
      bindValues(s, 1, part);
      s.setString(6, part.uploadId());
      s.setInt(7, part.partNumber());
      s.executeUpdate();
    }
  }

  List<Part> list(Connection c, String uploadId, int afterPartNumber, int limit)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from parts where upload_id = ? and part_number > ?"
                + " order by part_number limit ?")) {
      s.setString(1, uploadId);
      s.setInt(2, afterPartNumber);
      s.setInt(3, limit);
      try (ResultSet rows = s.executeQuery()) {
        List<Part> parts = new ArrayList<>();
        while (rows.next()) {
          parts.add(read(rows));
        }
        return parts;
      }
    }
  }

  /** Deletes the upload's parts; returns their blobs. */
  List<String> deleteAll(Connection c, String uploadId) throws SQLException {
    List<String> blobs = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement("select blob_id from parts where upload_id = ? for update")) {
      s.setString(1, uploadId);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          blobs.add(rows.getString(1));
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement("delete from parts where upload_id = ?")) {
      s.setString(1, uploadId);
      s.executeUpdate();
    }
    return blobs;
  }

  private static void bindValues(PreparedStatement s, int first, Part p) throws SQLException {
    s.setString(first, p.blobId());
    s.setLong(first + 1, p.size());
    s.setString(first + 2, p.etag());
    setInstant(s, first + 3, p.lastModified());
    s.setString(first + 4, JsonColumns.checksums(p.checksums()));
  }

  private static Part read(ResultSet row) throws SQLException {
    return new Part(
        row.getString("upload_id"),
        row.getInt("part_number"),
        row.getString("blob_id"),
        row.getLong("size"),
        row.getString("etag"),
        getInstant(row, "last_modified"),
        JsonColumns.checksums(row.getString("checksums")));
  }
}
