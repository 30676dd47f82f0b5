package dev.sluice.store.jobs;

import dev.sluice.store.EmbeddedPostgresHolder;
import dev.sluice.store.StoreSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;

@Tag("postgresql")
class PostgresJobDefinitionsTest extends JobDefinitionsContract {
  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings(EmbeddedPostgresHolder.freshDatabaseUrl(), dataDir);
  }
}
