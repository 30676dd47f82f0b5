package dev.sluice.store.events;

import dev.sluice.store.StoreSettings;
import java.nio.file.Path;

class H2EventOutboxTest extends EventOutboxContract {
  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings("h2", dataDir);
  }
}
