package dev.sluice.store.pipelines;

import dev.sluice.store.StoreSettings;
import java.nio.file.Path;

class H2PipelineCatalogTest extends PipelineCatalogContract {
  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings("h2", dataDir);
  }
}
