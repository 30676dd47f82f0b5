package dev.sluice.store.objects;

import dev.sluice.store.StoreSettings;
import java.nio.file.Path;

class H2ObjectCatalogTest extends ObjectCatalogContract {
  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings("h2", dataDir);
  }
}
