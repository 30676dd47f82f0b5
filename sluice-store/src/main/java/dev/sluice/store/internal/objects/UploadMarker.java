package dev.sluice.store.internal.objects;

import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Where a listing of uploads resumes: after every upload of {@code key} when {@code initiated} is
 * null, else after the upload ({@code key}, {@code initiated}, {@code uploadId}). No key: from the
 * start.
 */
record UploadMarker(byte[] key, Instant initiated, String uploadId) {

  static UploadMarker none() {
    return new UploadMarker(null, null, null);
  }

  String condition() {
    if (key == null) {
      return "";
    }
    if (initiated == null) {
      return " and key_bytes > ?";
    }
    return " and (key_bytes > ? or (key_bytes = ? and (initiated > ?"
        + " or (initiated = ? and upload_id > ?))))";
  }

  int bind(PreparedStatement s, int index) throws SQLException {
    if (key == null) {
      return index;
    }
    s.setBytes(index, key);
    if (initiated == null) {
      return index + 1;
    }
    s.setBytes(index + 1, key);
    setInstant(s, index + 2, initiated);
    setInstant(s, index + 3, initiated);
    s.setString(index + 4, uploadId);
    return index + 5;
  }
}
