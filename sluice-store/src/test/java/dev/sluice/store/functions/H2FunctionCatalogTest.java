package dev.sluice.store.functions;

import dev.sluice.store.StoreSettings;
import java.nio.file.Path;

class H2FunctionCatalogTest extends FunctionCatalogContract {
  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings("h2", dataDir);
  }
}
