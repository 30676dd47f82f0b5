package dev.sluice.store.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledSchemaScriptsTest {
  private static final Path FOLDER = Path.of("src/main/resources/db/migration");

  @Test
  void everyScriptInTheMigrationFolderIsAppliedToAFreshDatabase(@TempDir Path dataDir)
      throws IOException {
    List<String> files;
    try (var listing = Files.list(FOLDER)) {
      files = listing.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertThat(files).isNotEmpty();

    try (var db = new MigrationDatabase(JdbcTarget.of(null, dataDir))) {
      SchemaMigrations.bundled().migrate(db.transactions(), db.dialect());

      assertThat(SchemaMigrations.SCRIPTS).containsExactlyInAnyOrderElementsOf(files);
      assertThat(db.history().keySet())
          .containsExactlyInAnyOrderElementsOf(
              files.stream().map(f -> MigrationScript.of(f, "").version()).toList());
    }
  }
}
