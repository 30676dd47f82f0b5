package dev.sluice.store.blobs;

import dev.sluice.store.StoreSettings;
import java.nio.file.Path;

class H2OrphanBlobSweepTest extends OrphanBlobSweepContract {
  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings("h2", dataDir);
  }
}
