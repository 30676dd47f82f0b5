package dev.sluice.store.internal.jdbc;

import dev.sluice.store.EmbeddedPostgresHolder;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;

@Tag("postgresql")
class PostgresSchemaMigrationsTest extends SchemaMigrationsContract {
  @Override
  protected JdbcTarget target(Path dataDir) {
    return JdbcTarget.of(EmbeddedPostgresHolder.freshDatabaseUrl(), dataDir);
  }
}
