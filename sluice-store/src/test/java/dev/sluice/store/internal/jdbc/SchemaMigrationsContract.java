package dev.sluice.store.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sluice.store.SchemaMismatchException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link SchemaMigrations} does to a database; one subclass per dialect. */
abstract class SchemaMigrationsContract {
  private static final List<String> STORE_TABLES =
      List.of("buckets", "bucket_configs", "objects", "uploads", "parts", "outbox_events");

  @TempDir Path dataDir;
  private MigrationDatabase db;
  private final SchemaMigrations bundled = SchemaMigrations.bundled();

  protected abstract JdbcTarget target(Path dataDir);

  @BeforeEach
  void openDatabase() {
    db = new MigrationDatabase(target(dataDir));
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  private List<MigrationScript> migrate(SchemaMigrations migrations) {
    return migrations.migrate(db.transactions(), db.dialect());
  }

  private static List<MigrationScript> scripts() {
    return SchemaMigrations.SCRIPTS.stream().map(MigrationScript::load).toList();
  }

  private static List<Integer> versions(List<MigrationScript> scripts) {
    return scripts.stream().map(MigrationScript::version).toList();
  }

  @Test
  void aFreshDatabaseGetsEveryScriptInVersionOrderAndAHistoryRowForEach() {
    var applied = migrate(bundled);

    assertThat(applied)
        .extracting(MigrationScript::version)
        .containsExactlyElementsOf(versions(scripts()));
    assertThat(db.tables()).containsAll(STORE_TABLES).contains(SchemaHistory.TABLE);
    assertThat(db.history().values())
        .extracting(SchemaHistory.Entry::version, SchemaHistory.Entry::checksum)
        .containsExactlyElementsOf(
            scripts().stream().map(s -> tuple(s.version(), s.checksum())).toList());
  }

  @Test
  void migratingAnUpToDateDatabaseAgainAppliesNothing() {
    migrate(bundled);
    var history = db.history();

    assertThat(migrate(SchemaMigrations.bundled())).isEmpty();
    assertThat(db.history()).isEqualTo(history);
  }

  @Test
  void aScriptChangedAfterItWasAppliedIsRefusedNamingTheScript() {
    migrate(bundled);
    var changed = new ArrayList<>(scripts());
    var v1 = changed.getFirst();
    changed.set(0, MigrationScript.of(v1.fileName(), v1.sql() + "\ncreate table extra (n int);\n"));

    assertThatThrownBy(() -> migrate(new SchemaMigrations(changed)))
        .isInstanceOf(SchemaMismatchException.class)
        .hasMessageContaining("V1__objects_and_outbox.sql changed after it was applied");
    assertThat(db.tables()).doesNotContain("extra");
  }

  @Test
  void aNewScriptIsAppliedToADatabaseMigratedBefore() {
    migrate(bundled);
    var newer = new ArrayList<>(scripts());
    newer.add(MigrationScript.of("V999__extra_table.sql", "create table extra (n int);"));

    assertThat(migrate(new SchemaMigrations(newer)))
        .extracting(MigrationScript::fileName)
        .containsExactly("V999__extra_table.sql");
    assertThat(db.tables()).contains("extra");
    assertThat(db.history()).containsKeys(1, 2, 999);
  }

  @Test
  void aDatabaseMigratedByANewerBuildIsRefused() {
    var newer = new ArrayList<>(scripts());
    newer.add(MigrationScript.of("V999__extra_table.sql", "create table extra (n int);"));
    migrate(new SchemaMigrations(newer));

    assertThatThrownBy(() -> migrate(bundled))
        .isInstanceOf(SchemaMismatchException.class)
        .hasMessageContaining("schema version 999 (extra table)");
  }

  @Test
  void aDatabaseFlywayMigratedIsTakenOverWithoutRunningItsScriptsAgain() {
    migrateLikeFlyway(scripts());

    assertThat(migrate(bundled)).isEmpty();
    assertThat(db.history().values())
        .extracting(SchemaHistory.Entry::version, SchemaHistory.Entry::description)
        .containsExactlyElementsOf(
            scripts().stream().map(s -> tuple(s.version(), s.description())).toList());
    assertThat(migrate(SchemaMigrations.bundled())).isEmpty();
  }

  @Test
  void aDatabaseFlywayMigratedToAnOlderVersionGetsTheNewerScripts() {
    migrateLikeFlyway(scripts().subList(0, 1));

    var scripts = scripts();
    assertThat(migrate(bundled))
        .extracting(MigrationScript::version)
        .containsExactlyElementsOf(versions(scripts.subList(1, scripts.size())));
    assertThat(db.history()).containsOnlyKeys(versions(scripts));
  }

  /** Applies {@code scripts} and writes the history table the way Flyway did. */
  private void migrateLikeFlyway(List<MigrationScript> scripts) {
    db.execute(
        "create table flyway_schema_history (installed_rank integer not null primary key,"
            + " version varchar(50), description varchar(200) not null,"
            + " type varchar(20) not null, script varchar(1000) not null, checksum integer,"
            + " installed_by varchar(100) not null,"
            + " installed_on timestamp default current_timestamp not null,"
            + " execution_time integer not null, success boolean not null)",
        "insert into flyway_schema_history (installed_rank, version, description, type, script,"
            + " checksum, installed_by, execution_time, success) values"
            + " (-1, null, '<< Flyway Schema History table created >>', 'TABLE', '', null, '', 0,"
            + " true)");
    for (var script : scripts) {
      db.execute(script.statements().toArray(String[]::new));
      db.execute(
          "insert into flyway_schema_history (installed_rank, version, description, type,"
              + " script, checksum, installed_by, execution_time, success) values ("
              + script.version()
              + ", '"
              + script.version()
              + "', '"
              + script.description()
              + "', 'SQL', '"
              + script.fileName()
              + "', 12345, 'sluice', 5, true)");
    }
  }
}
