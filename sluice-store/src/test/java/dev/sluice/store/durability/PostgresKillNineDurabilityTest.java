package dev.sluice.store.durability;

import dev.sluice.store.EmbeddedPostgresHolder;
import org.junit.jupiter.api.Tag;

/** PostgreSQL keeps running; this proves the store acknowledges only what PostgreSQL committed. */
@Tag("postgresql")
class PostgresKillNineDurabilityTest extends KillNineDurabilityContract {
  @Override
  protected String url() {
    return EmbeddedPostgresHolder.freshDatabaseUrl();
  }
}
