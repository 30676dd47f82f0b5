package dev.sluice.store.internal.jdbc;

import dev.sluice.store.SchemaMismatchException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema up to date: applies the schema scripts it has not applied yet, in
 * version order, and records each in {@link SchemaHistory}. Scripts applied before must not have
 * changed. On PostgreSQL the whole migration is one transaction holding an advisory lock, so nodes
 * that start together migrate one after the other. An embedded H2 file belongs to one process, and
 * H2 commits DDL as it runs: there each script commits with its history row.
 */
final class SchemaMigrations {
  /**
   * Every schema script, in {@code src/main/resources/db/migration}; add new ones at the end.
   * Versions may have gaps (scripts apply in version order), so branches can reserve numbers.
   */
  static final List<String> SCRIPTS =
      List.of(
          "V1__objects_and_outbox.sql",
          "V2__blob_id_indexes.sql",
          "V3__functions.sql",
          "V4__logs.sql",
          "V5__workflows.sql",
          "V6__topics.sql",
          "V7__sns_signing_key.sql",
          "V8__pipelines.sql",
          "V9__jobs.sql");

  /** The key of the PostgreSQL advisory lock migrations hold ("SLUICE" and 1). */
  static final long LOCK_KEY = 0x534c5549434501L;

  private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

  private final Map<Integer, MigrationScript> scripts;

  SchemaMigrations(List<MigrationScript> scripts) {
    this.scripts =
        scripts.stream()
            .collect(
                Collectors.toMap(
                    MigrationScript::version,
                    Function.identity(),
                    SchemaMigrations::twice,
                    TreeMap::new));
  }

  /** The scripts this build ships. */
  static SchemaMigrations bundled() {
    return new SchemaMigrations(SCRIPTS.stream().map(MigrationScript::load).toList());
  }

  /** Migrates in one transaction; returns the scripts it applied, none when up to date. */
  List<MigrationScript> migrate(Transactions transactions, Dialect dialect) {
    return transactions.run("Migrating the schema", c -> migrate(c, dialect));
  }

  private List<MigrationScript> migrate(Connection connection, Dialect dialect)
      throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      lock(connection);
    }
    var applied = history(connection);
    validate(applied);
    var pending = new ArrayList<MigrationScript>();
    for (var script : scripts.values()) {
      if (!applied.containsKey(script.version())) {
        apply(connection, script);
        pending.add(script);
        if (dialect == Dialect.H2) {
          connection.commit(); // H2 commits each DDL statement: keep the history in step
        }
      }
    }
    return pending;
  }

  private static void lock(Connection connection) throws SQLException {
    try (var statement = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
      statement.setLong(1, LOCK_KEY);
      statement.execute();
    }
  }

  /** The applied scripts; on first use creates the history, taking over Flyway's if present. */
  private Map<Integer, SchemaHistory.Entry> history(Connection connection) throws SQLException {
    if (!SchemaHistory.tableExists(connection, SchemaHistory.TABLE)) {
      boolean migratedByFlyway = FlywayHistory.exists(connection);
      SchemaHistory.create(connection);
      if (migratedByFlyway) {
        adoptFlyway(connection);
      }
    }
    return SchemaHistory.read(connection);
  }

  private void adoptFlyway(Connection connection) throws SQLException {
    for (var version : FlywayHistory.appliedVersions(connection)) {
      var script = version.matches("[0-9]{1,9}") ? scripts.get(Integer.parseInt(version)) : null;
      if (script == null) {
        throw new SchemaMismatchException(
            "Flyway applied schema version "
                + version
                + " to this database, which this Sluice build does not have: a newer Sluice"
                + " migrated it.");
      }
      SchemaHistory.record(connection, script, Instant.now());
    }
    log.debug("Took over the schema history Flyway kept");
  }

  private void validate(Map<Integer, SchemaHistory.Entry> applied) {
    for (var entry : applied.values()) {
      var script = scripts.get(entry.version());
      if (script == null) {
        throw new SchemaMismatchException(
            "The database has schema version "
                + entry.version()
                + " ("
                + entry.description()
                + "), which this Sluice build does not have: a newer Sluice migrated it.");
      }
      if (!script.checksum().equals(entry.checksum())) {
        throw new SchemaMismatchException(
            "The schema script "
                + script.fileName()
                + " changed after it was applied to this database (SHA-256 "
                + entry.checksum()
                + " then, "
                + script.checksum()
                + " now). Restore it; change the schema in a new script.");
      }
    }
  }

  private static void apply(Connection connection, MigrationScript script) throws SQLException {
    try (var statement = connection.createStatement()) {
      for (var sql : script.statements()) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new SQLException(
          "Schema script " + script.fileName() + ": " + e.getMessage(), e.getSQLState(), e);
    }
    SchemaHistory.record(connection, script, Instant.now());
    log.debug("Applied schema script {}", script.fileName());
  }

  private static MigrationScript twice(MigrationScript first, MigrationScript second) {
    throw new IllegalArgumentException(
        "Two schema scripts have version "
            + first.version()
            + ": "
            + first.fileName()
            + ", "
            + second.fileName());
  }
}
