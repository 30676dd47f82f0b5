package dev.sluice.store.durability;

import dev.sluice.store.EmbeddedPostgresHolder;
import org.junit.jupiter.api.Tag;

/**
 * PostgreSQL keeps running; this proves a step is acknowledged only once PostgreSQL committed it.
 */
@Tag("postgresql")
class PostgresWorkflowKillNineDurabilityTest extends WorkflowKillNineDurabilityContract {
  @Override
  protected String url() {
    return EmbeddedPostgresHolder.freshDatabaseUrl();
  }
}
