package dev.sluice.store.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** The table {@code sluice_schema_history}: one row per schema script applied to the database. */
final class SchemaHistory {
  static final String TABLE = "sluice_schema_history";

  /** A script the database recorded as applied. */
  record Entry(int version, String description, String checksum) {}

  private SchemaHistory() {}

  /** True when {@code table} exists in the connection's current schema. */
  static boolean tableExists(Connection connection, String table) throws SQLException {
    try (var query =
        connection.prepareStatement(
            "select count(*) from information_schema.tables"
                + " where table_schema = current_schema and table_name = ?")) {
      query.setString(1, table);
      try (var row = query.executeQuery()) {
        return row.next() && row.getInt(1) > 0;
      }
    }
  }

  static void create(Connection connection) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute(
          "create table if not exists "
              + TABLE
              + " (version integer primary key, description varchar(200) not null,"
              + " checksum varchar(64) not null, installed_at timestamp with time zone not null)");
    }
  }

  /** The applied scripts by version. */
  static Map<Integer, Entry> read(Connection connection) throws SQLException {
    var entries = new TreeMap<Integer, Entry>();
    try (var statement = connection.createStatement();
        var row = statement.executeQuery("select version, description, checksum from " + TABLE)) {
      while (row.next()) {
        var entry = new Entry(row.getInt(1), row.getString(2), row.getString(3));
        entries.put(entry.version(), entry);
      }
    }
    return entries;
  }

  static void record(Connection connection, MigrationScript script, Instant at)
      throws SQLException {
    try (var insert =
        connection.prepareStatement(
            "insert into "
                + TABLE
                + " (version, description, checksum, installed_at) values (?, ?, ?, ?)")) {
      insert.setInt(1, script.version());
      insert.setString(2, script.description());
      insert.setString(3, script.checksum());
      SqlValues.setInstant(insert, 4, at);
      insert.executeUpdate();
    }
  }
}
