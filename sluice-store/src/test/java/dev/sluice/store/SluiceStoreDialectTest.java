package dev.sluice.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SluiceStoreDialectTest {
  @TempDir Path dataDir;

  @Test
  void anEmbeddedStoreIsH2WithItsFilesInTheDataDirectory() {
    try (SluiceStore store = SluiceStore.open(StoreSettings.embedded(dataDir))) {
      assertThat(store.dialect()).isEqualTo("h2");
    }
    assertThat(dataDir.resolve("db").resolve("sluice.mv.db")).isRegularFile();
    assertThat(dataDir.resolve("blobs").resolve("tmp")).isDirectory();
  }

  @Test
  @Tag("postgresql")
  void aPostgresqlUrlOpensAPostgresqlStore() {
    StoreSettings settings = new StoreSettings(EmbeddedPostgresHolder.freshDatabaseUrl(), dataDir);
    try (SluiceStore store = SluiceStore.open(settings)) {
      assertThat(store.dialect()).isEqualTo("postgresql");
    }
    assertThat(dataDir.resolve("db")).doesNotExist();
  }
}
