package dev.sluice.store.logs;

import dev.sluice.store.EmbeddedPostgresHolder;
import dev.sluice.store.StoreSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;

@Tag("postgresql")
class PostgresLogStoreTest extends LogStoreContract {
  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings(EmbeddedPostgresHolder.freshDatabaseUrl(), dataDir);
  }
}
