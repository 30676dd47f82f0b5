package dev.sluice.store.jobs;

import dev.sluice.store.StoreSettings;
import java.nio.file.Path;

class H2JobRunUpdateTest extends JobRunUpdateContract {
  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings("h2", dataDir);
  }
}
