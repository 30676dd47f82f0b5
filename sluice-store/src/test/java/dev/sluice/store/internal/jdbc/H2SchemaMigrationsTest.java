package dev.sluice.store.internal.jdbc;

import java.nio.file.Path;

class H2SchemaMigrationsTest extends SchemaMigrationsContract {
  @Override
  protected JdbcTarget target(Path dataDir) {
    return JdbcTarget.of(null, dataDir);
  }
}
