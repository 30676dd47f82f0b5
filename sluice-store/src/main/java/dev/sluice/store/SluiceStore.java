package dev.sluice.store;

import dev.sluice.core.events.EventOutbox;
import dev.sluice.core.objects.BlobStore;
import dev.sluice.core.objects.ObjectCatalog;
import dev.sluice.core.time.Clock;
import dev.sluice.store.blobs.FileBlobStore;
import dev.sluice.store.internal.events.JdbcEventOutbox;
import dev.sluice.store.internal.jdbc.Database;
import dev.sluice.store.internal.jdbc.JdbcTarget;
import dev.sluice.store.internal.objects.JdbcObjectCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sluice's persistence: the object catalog and the event outbox in one database (embedded H2 or
 * PostgreSQL), and the blob files under {@code <dataDir>/blobs}.
 */
public final class SluiceStore implements AutoCloseable {
  private final Database database;
  private final ObjectCatalog objects;
  private final EventOutbox outbox;
  private final BlobStore blobs;

  private SluiceStore(Database database, Clock clock, BlobStore blobs) {
    this.database = database;
    this.objects = new JdbcObjectCatalog(database.transactions(), clock);
    this.outbox = new JdbcEventOutbox(database.transactions());
    this.blobs = blobs;
  }

  /** Opens the store with the system clock stamping outbox events. */
  public static SluiceStore open(StoreSettings settings) {
    return open(settings, Clock.system());
  }

  /**
   * Opens the store: creates the data directory, removes half-written blobs, connects and migrates
   * the database. {@code clock} stamps outbox events; give it the dispatcher's clock.
   */
  public static SluiceStore open(StoreSettings settings, Clock clock) {
    Path dataDir = settings.dataDir();
    try {
      Files.createDirectories(dataDir);
      BlobStore blobs = FileBlobStore.open(dataDir.resolve("blobs"));
      Database database = Database.open(JdbcTarget.of(settings.url(), dataDir));
      return new SluiceStore(database, clock, blobs);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the data directory " + dataDir, e);
    }
  }

  public ObjectCatalog objects() {
    return objects;
  }

  public EventOutbox outbox() {
    return outbox;
  }

  public BlobStore blobs() {
    return blobs;
  }

  /** {@code h2} or {@code postgresql}. */
  public String dialect() {
    return database.dialect().id();
  }

  @Override
  public void close() {
    database.close();
  }
}
