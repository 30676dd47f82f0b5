package dev.sluice.store.internal.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A database to migrate in a test, with what the tests look at: its tables and its history. */
final class MigrationDatabase implements AutoCloseable {
  private final JdbcTarget target;
  private final HikariDataSource pool;
  private final Transactions transactions;

  MigrationDatabase(JdbcTarget target) {
    this.target = target;
    var config = new HikariConfig();
    config.setJdbcUrl(target.jdbcUrl());
    config.setUsername(target.user());
    config.setPassword(target.password());
    config.setAutoCommit(false);
    config.setMaximumPoolSize(4);
    this.pool = new HikariDataSource(config);
    this.transactions = new Transactions(pool);
  }

  Dialect dialect() {
    return target.dialect();
  }

  Transactions transactions() {
    return transactions;
  }

  /** Runs each statement, committed. */
  void execute(String... statements) {
    transactions.run(
        "test setup",
        c -> {
          try (var statement = c.createStatement()) {
            for (var sql : statements) {
              statement.execute(sql);
            }
          }
          return null;
        });
  }

  /** The tables of the current schema. */
  Set<String> tables() {
    return transactions.run("list tables", MigrationDatabase::tables);
  }

  private static Set<String> tables(Connection c) throws SQLException {
    var names = new TreeSet<String>();
    try (var statement = c.createStatement();
        var row =
            statement.executeQuery(
                "select table_name from information_schema.tables"
                    + " where table_schema = current_schema")) {
      while (row.next()) {
        names.add(row.getString(1));
      }
    }
    return names;
  }

  Map<Integer, SchemaHistory.Entry> history() {
    return transactions.run("read history", SchemaHistory::read);
  }

  @Override
  public void close() {
    pool.close();
  }
}
