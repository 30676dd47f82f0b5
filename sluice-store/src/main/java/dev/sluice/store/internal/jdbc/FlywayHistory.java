package dev.sluice.store.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The history table Flyway kept before Sluice ran its own migrations: the versions it applied are
 * taken over as applied, so that databases created by earlier Sluice builds keep working.
 */
final class FlywayHistory {
  static final String TABLE = "flyway_schema_history";

  private FlywayHistory() {}

  static boolean exists(Connection connection) throws SQLException {
    return SchemaHistory.tableExists(connection, TABLE);
  }

  /**
   * The versions Flyway applied successfully, as written ({@code "1"}, {@code "2"}); rows without a
   * version (Flyway's note that it created the table) and failed ones are left out.
   */
  static List<String> appliedVersions(Connection connection) throws SQLException {
    var versions = new ArrayList<String>();
    try (var statement = connection.createStatement();
        var row =
            statement.executeQuery(
                "select version from "
                    + TABLE
                    + " where success and version is not null order by installed_rank")) {
      while (row.next()) {
        versions.add(row.getString(1));
      }
    }
    return versions;
  }
}
