package dev.sluice.store.internal.objects;

import static dev.sluice.store.internal.jdbc.SqlValues.getInstant;
import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.MultipartUpload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code uploads} table: multipart uploads in progress. */
final class UploadTable {
  private static final String COLUMNS =
      "upload_id, bucket, key_bytes, initiated, attributes, checksum_algorithm, owner";
  private static final String ORDER = " order by key_bytes, initiated, upload_id";

  void insert(Connection c, MultipartUpload upload) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("insert into uploads (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, upload.uploadId());
      s.setString(2, upload.bucket());
      s.setBytes(3, ObjectKeys.bytes(upload.key()));
      setInstant(s, 4, upload.initiated());
      s.setString(5, JsonColumns.attributes(upload.attributes()));
      s.setString(6, upload.algorithm() == null ? null : upload.algorithm().name());
      s.setString(7, upload.owner());
      s.executeUpdate();
    }
  }

  Optional<MultipartUpload> find(Connection c, String uploadId, boolean forUpdate)
      throws SQLException {
    String lock = forUpdate ? " for update" : "";
    try (PreparedStatement s =
        c.prepareStatement("select " + COLUMNS + " from uploads where upload_id = ?" + lock)) {
      s.setString(1, uploadId);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
      }
    }
  }

  void delete(Connection c, String uploadId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("delete from uploads where upload_id = ?")) {
      s.setString(1, uploadId);
      s.executeUpdate();
    }
  }

  /** The bucket's uploads with keys in {@code range} after {@code marker}, in listing order. */
  List<MultipartUpload> list(
      Connection c, String bucket, KeyRange range, UploadMarker marker, int limit)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from uploads where bucket = ?"
                + range.condition()
                + marker.condition()
                + ORDER
                + " limit ?")) {
      s.setString(1, bucket);
      int next = marker.bind(s, range.bind(s, 2));
      s.setInt(next, limit);
      try (ResultSet rows = s.executeQuery()) {
        List<MultipartUpload> uploads = new ArrayList<>();
        while (rows.next()) {
          uploads.add(read(rows));
        }
        return uploads;
      }
    }
  }

  /** When the upload {@code uploadId} of {@code key} in {@code bucket} began, if it exists. */
  Optional<Instant> initiated(Connection c, String bucket, byte[] key, String uploadId)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select initiated from uploads where upload_id = ? and bucket = ? and key_bytes = ?")) {
      s.setString(1, uploadId);
      s.setString(2, bucket);
      s.setBytes(3, key);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? Optional.of(getInstant(rows, "initiated")) : Optional.empty();
      }
    }
  }

  private static MultipartUpload read(ResultSet row) throws SQLException {
    String algorithm = row.getString("checksum_algorithm");
    return new MultipartUpload(
        row.getString("upload_id"),
        row.getString("bucket"),
        ObjectKeys.key(row.getBytes("key_bytes")),
        getInstant(row, "initiated"),
        JsonColumns.attributes(row.getString("attributes")),
        algorithm == null ? null : ChecksumAlgorithm.valueOf(algorithm),
        row.getString("owner"));
  }
}
