package dev.sluice.store.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows that the writes of one transaction leave to be written after all of them ran: each
 * statement's rows go to the database as one JDBC batch, statements in the order they were first
 * named, rows in the order they were added. A write whose later statements must follow earlier ones
 * names them all first ({@link #declare}), so that every write sharing the transaction orders them
 * the same way. Only for rows no write reads back before the transaction ends.
 */
public final class SharedBatches {
  /** Binds one row's parameters. */
  @FunctionalInterface
  public interface Row {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private final Map<String, List<Row>> rows = new LinkedHashMap<>();

  /** Fixes the place of {@code sql} among the statements, with no row yet. */
  public void declare(String sql) {
    rows.computeIfAbsent(sql, s -> new ArrayList<>());
  }

  public void add(String sql, Row row) {
    rows.computeIfAbsent(sql, s -> new ArrayList<>()).add(row);
  }

  /** Sends every statement's rows as one batch each, then forgets them. */
  void flush(Connection connection) throws SQLException {
    for (Map.Entry<String, List<Row>> statement : rows.entrySet()) {
      if (statement.getValue().isEmpty()) {
        continue;
      }
      try (PreparedStatement batch = connection.prepareStatement(statement.getKey())) {
        for (Row row : statement.getValue()) {
          row.bind(batch);
          batch.addBatch();
        }
        batch.executeBatch();
      }
    }
    rows.clear();
  }
}
