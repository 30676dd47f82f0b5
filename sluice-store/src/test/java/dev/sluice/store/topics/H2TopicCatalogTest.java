package dev.sluice.store.topics;

import dev.sluice.store.StoreSettings;
import java.nio.file.Path;

class H2TopicCatalogTest extends TopicCatalogContract {
  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings("h2", dataDir);
  }
}
