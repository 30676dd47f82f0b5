package dev.sluice.store.durability;

import dev.sluice.store.EmbeddedPostgresHolder;

/** PostgreSQL keeps running; this proves the store acknowledges only what PostgreSQL committed. */
class PostgresKillNineDurabilityTest extends KillNineDurabilityContract {
  @Override
  protected String url() {
    return EmbeddedPostgresHolder.freshDatabaseUrl();
  }
}
