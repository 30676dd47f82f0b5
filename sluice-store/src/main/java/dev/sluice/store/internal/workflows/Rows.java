package dev.sluice.store.internal.workflows;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs a bound query and turns its rows into records. */
final class Rows {
  /** Reads the current row of a result. */
  @FunctionalInterface
  interface Reader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private Rows() {}

  static <T> List<T> list(PreparedStatement query, Reader<T> reader) throws SQLException {
    try (ResultSet rows = query.executeQuery()) {
      List<T> values = new ArrayList<>();
      while (rows.next()) {
        values.add(reader.read(rows));
      }
      return values;
    }
  }

  static <T> Optional<T> first(PreparedStatement query, Reader<T> reader) throws SQLException {
    try (ResultSet rows = query.executeQuery()) {
      return rows.next() ? Optional.of(reader.read(rows)) : Optional.empty();
    }
  }
}
