package dev.sluice.store.logs;

import dev.sluice.store.StoreSettings;
import java.nio.file.Path;

class H2LogStoreTest extends LogStoreContract {
  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings("h2", dataDir);
  }
}
