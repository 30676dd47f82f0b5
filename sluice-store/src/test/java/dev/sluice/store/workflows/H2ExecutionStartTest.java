package dev.sluice.store.workflows;

import dev.sluice.store.StoreSettings;
import java.nio.file.Path;

class H2ExecutionStartTest extends ExecutionStartContract {
  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings("h2", dataDir);
  }
}
