package dev.sluice.store;

import dev.sluice.core.events.EventOutbox;
import dev.sluice.core.functions.FunctionCatalog;
import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.logs.LogStore;
import dev.sluice.core.objects.BlobStore;
import dev.sluice.core.objects.ObjectCatalog;
import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.time.Clock;
import dev.sluice.core.topics.TopicCatalog;
import dev.sluice.core.topics.delivery.SigningKeyStore;
import dev.sluice.core.workflows.WorkflowStore;
import dev.sluice.store.blobs.FileBlobStore;
import dev.sluice.store.blobs.OrphanBlobSweep;
import dev.sluice.store.blobs.SweepReport;
import dev.sluice.store.internal.blobs.BackgroundSweep;
import dev.sluice.store.internal.blobs.JdbcBlobReferences;
import dev.sluice.store.internal.events.JdbcEventOutbox;
import dev.sluice.store.internal.functions.JdbcFunctionCatalog;
import dev.sluice.store.internal.jdbc.Database;
import dev.sluice.store.internal.jdbc.JdbcTarget;
import dev.sluice.store.internal.jobs.JdbcJobCatalog;
import dev.sluice.store.internal.logs.JdbcLogStore;
import dev.sluice.store.internal.objects.JdbcObjectCatalog;
import dev.sluice.store.internal.pipelines.JdbcPipelineCatalog;
import dev.sluice.store.internal.topics.JdbcSigningKeyStore;
import dev.sluice.store.internal.topics.JdbcTopicCatalog;
import dev.sluice.store.internal.workflows.JdbcWorkflowStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Sluice's persistence: the object catalog, the function catalog, the event outbox, the logs, the
 * workflows, the topics, the pipelines, the Glue jobs in one database (embedded H2 or PostgreSQL),
 * and the blob files under {@code <dataDir>/blobs}, local to this node (see {@link
 * OrphanBlobSweep}).
 */
public final class SluiceStore implements AutoCloseable {
  private final Database database;
  private final ObjectCatalog objects;
  private final EventOutbox outbox;
  private final FunctionCatalog functions;
  private final BlobStore blobs;
  private final LogStore logs;
  private final WorkflowStore workflows;
  private final TopicCatalog topics;
  private final PipelineCatalog pipelines;
  private final JobCatalog jobs;
  private final BackgroundSweep sweep;

  private SluiceStore(Database database, Clock clock, BlobStore blobs, Path blobRoot) {
    this.database = database;
    this.objects = new JdbcObjectCatalog(database.transactions(), database.dialect(), clock);
    this.outbox = new JdbcEventOutbox(database.transactions());
    this.functions = new JdbcFunctionCatalog(database.transactions(), clock);
    this.blobs = blobs;
    this.logs = new JdbcLogStore(database.transactions());
    this.workflows = new JdbcWorkflowStore(database.transactions());
    this.topics = new JdbcTopicCatalog(database.transactions(), clock);
    this.pipelines = new JdbcPipelineCatalog(database.transactions(), clock);
    this.jobs = new JdbcJobCatalog(database.transactions(), clock);
    this.sweep =
        BackgroundSweep.start(
            new OrphanBlobSweep(
                blobRoot,
                new JdbcBlobReferences(database.transactions()),
                OrphanBlobSweep.DEFAULT_MARGIN));
  }

  /** Opens the store with the system clock stamping outbox events. */
  public static SluiceStore open(StoreSettings settings) {
    return open(settings, Clock.system());
  }

  /**
   * Opens the store: creates the data directory, removes half-written blobs, connects and migrates
   * the database, then starts the orphan blob sweep in the background. {@code clock} stamps outbox
   * events; give it the dispatcher's clock.
   */
  public static SluiceStore open(StoreSettings settings, Clock clock) {
    Path dataDir = settings.dataDir();
    try {
      Files.createDirectories(dataDir);
      Path blobRoot = dataDir.resolve("blobs");
      BlobStore blobs = FileBlobStore.open(blobRoot);
      Database database = Database.open(JdbcTarget.of(settings.url(), dataDir));
      return new SluiceStore(database, clock, blobs, blobRoot);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the data directory " + dataDir, e);
    }
  }

  public ObjectCatalog objects() {
    return objects;
  }

  public FunctionCatalog functions() {
    return functions;
  }

  public EventOutbox outbox() {
    return outbox;
  }

  public BlobStore blobs() {
    return blobs;
  }

  /** Function and job logs. */
  public LogStore logs() {
    return logs;
  }

  /** Step Functions: state machines, executions with their histories, activities, tags. */
  public WorkflowStore workflows() {
    return workflows;
  }

  /** SNS: topics, subscriptions and the FIFO deduplication records. */
  public TopicCatalog topics() {
    return topics;
  }

  /** Data Pipeline: pipelines with their definitions, run objects, and the events of changes. */
  public PipelineCatalog pipelines() {
    return pipelines;
  }

  /** Glue: job definitions, their runs, and the events that start and change runs. */
  public JobCatalog jobs() {
    return jobs;
  }

  /** SNS's message signing key, shared by every node. */
  public SigningKeyStore snsSigningKey() {
    return new JdbcSigningKeyStore(database.transactions());
  }

  /** {@code h2} or {@code postgresql}. */
  public String dialect() {
    return database.dialect().id();
  }

  /** The orphan blob sweep started when the store opened; completes when it has finished. */
  public CompletableFuture<SweepReport> orphanSweep() {
    return sweep.done();
  }

  /** Stops the orphan sweep (waiting for the batch it is on), then closes the database. */
  @Override
  public void close() {
    sweep.stop();
    database.close();
  }
}
