package dev.sluice.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh store per test, on the database a subclass names, with a manual clock. */
public abstract class StoreFixture {
  @TempDir protected Path dataDir;
  protected final ManualClock clock = ManualClock.atSomeFixedTime();
  protected StoreSettings storeSettings;
  protected SluiceStore store;

  /** The settings of a fresh, empty store in {@code dataDir}. */
  protected abstract StoreSettings settings(Path dataDir);

  @BeforeEach
  void openStore() {
    storeSettings = settings(dataDir);
    store = SluiceStore.open(storeSettings, clock);
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  /** Closes the store and opens it again on the same data. */
  protected void reopen() {
    store.close();
    store = null;
    store = SluiceStore.open(storeSettings, clock);
  }
}
