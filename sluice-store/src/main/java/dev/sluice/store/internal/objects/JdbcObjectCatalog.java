package dev.sluice.store.internal.objects;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.BucketVanishedException;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.ObjectCatalog;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.Part;
import dev.sluice.core.time.Clock;
import dev.sluice.store.internal.events.OutboxTable;
import dev.sluice.store.internal.jdbc.Dialect;
import dev.sluice.store.internal.jdbc.GroupCommit;
import dev.sluice.store.internal.jdbc.StoreException;
import dev.sluice.store.internal.jdbc.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The object catalog on a JDBC database. Each mutating call is one transaction, which also inserts
 * the call's outbox events; concurrent object writes share a transaction ({@link GroupCommit}), so
 * one commit serves many PUTs under load.
 */
public final class JdbcObjectCatalog implements ObjectCatalog {
  /** A foreign key's parent row is missing: 23503 in PostgreSQL, 23506 in H2. */
  private static final Set<String> MISSING_PARENT = Set.of("23503", "23506");

  private static final long CACHE_TTL_NANOS = Duration.ofSeconds(1).toNanos();

  private final Transactions transactions;
  private final GroupCommit objectWrites;
  private final ReadCache<String, Optional<Bucket>> bucketCache =
      new ReadCache<>(CACHE_TTL_NANOS, System::nanoTime);
  private final ReadCache<ConfigKey, Optional<String>> configCache =
      new ReadCache<>(CACHE_TTL_NANOS, System::nanoTime);
  private final Clock clock;
  private final BucketTable buckets = new BucketTable();
  private final ObjectTable objects;
  private final UploadTable uploads = new UploadTable();
  private final PartTable parts = new PartTable();
  private final ObjectWrites writes;

  public JdbcObjectCatalog(Transactions transactions, Dialect dialect, Clock clock) {
    this.transactions = transactions;
    this.objects = new ObjectTable(dialect);
    this.writes = new ObjectWrites(objects);
    this.objectWrites = new GroupCommit(transactions);
    this.clock = clock;
  }

  @Override
  public boolean insertBucket(Bucket bucket) {
    boolean inserted =
        transactions.run("Creating bucket " + bucket.name(), c -> buckets.insert(c, bucket));
    bucketCache.invalidate(bucket.name());
    return inserted;
  }

  /** Cached: the buckets that exist are kept (see {@link ReadCache}), missing ones never. */
  @Override
  public Optional<Bucket> findBucket(String name) {
    return bucketCache.get(
        name,
        () -> transactions.run("Reading bucket " + name, c -> buckets.find(c, name, false)),
        Optional::isPresent);
  }

  @Override
  public List<Bucket> listBuckets(String owner) {
    return transactions.run("Listing buckets", c -> buckets.listOwnedBy(c, owner));
  }

  @Override
  public BucketDeletion deleteBucket(String name) {
    BucketDeletion deletion =
        transactions.run(
            "Deleting bucket " + name,
            c -> {
              if (buckets.find(c, name, true).isEmpty()) {
                return BucketDeletion.NOT_FOUND;
              }
              if (objects.anyIn(c, name)) {
                return BucketDeletion.NOT_EMPTY;
              }
              buckets.delete(c, name);
              return BucketDeletion.DELETED;
            });
    bucketCache.invalidate(name);
    configCache.invalidateAll(key -> key.bucket().equals(name));
    return deletion;
  }

  @Override
  public void putBucketConfig(String bucket, String kind, String json, List<NewEvent> events) {
    transactions.run(
        "Storing the " + kind + " of bucket " + bucket,
        c -> {
          buckets.putConfig(c, bucket, kind, json);
          commitEvents(c, events);
          return null;
        });
    configCache.invalidate(new ConfigKey(bucket, kind));
  }

  /** Cached, present or not (see {@link ReadCache}). */
  @Override
  public Optional<String> findBucketConfig(String bucket, String kind) {
    return configCache.get(
        new ConfigKey(bucket, kind),
        () ->
            transactions.run(
                "Reading the " + kind + " of bucket " + bucket,
                c -> buckets.findConfig(c, bucket, kind)),
        found -> true);
  }

  private record ConfigKey(String bucket, String kind) {}

  @Override
  public Optional<ObjectRecord> findObject(String bucket, String key) {
    byte[] keyBytes = ObjectKeys.bound(key); // an over-long key is simply never found
    return transactions.run("Reading an object", c -> objects.find(c, bucket, keyBytes, false));
  }

  @Override
  public Optional<ObjectRecord> putObject(ObjectRecord record, List<NewEvent> events) {
    return intoBucket(
        record.bucket(),
        () ->
            objectWrites.run(
                "Storing an object",
                c -> {
                  Optional<ObjectRecord> replaced = writes.put(c, record);
                  commitEvents(c, events);
                  return replaced;
                }));
  }

  @Override
  public ConditionalPut putObjectIf(
      ObjectRecord record, String expectedEtag, List<NewEvent> events) {
    return intoBucket(
        record.bucket(),
        () ->
            objectWrites.run(
                "Storing an object conditionally",
                c -> {
                  ConditionalPut put = writes.putIf(c, record, expectedEtag);
                  if (put.stored()) {
                    commitEvents(c, events);
                  }
                  return put;
                }));
  }

  @Override
  public Optional<ObjectRecord> deleteObject(String bucket, String key, List<NewEvent> events) {
    byte[] keyBytes = ObjectKeys.bytes(key);
    return objectWrites.run(
        "Deleting an object",
        c -> {
          Optional<ObjectRecord> removed = objects.find(c, bucket, keyBytes, true);
          if (removed.isPresent()) {
            objects.delete(c, bucket, keyBytes);
          }
          commitEvents(c, events);
          return removed;
        });
  }

  @Override
  public List<ObjectRecord> listObjects(String bucket, String prefix, String afterKey, int limit) {
    KeyRange range = KeyRange.of(prefix, afterKey);
    return transactions.run("Listing objects", c -> objects.list(c, bucket, range, limit));
  }

  @Override
  public void insertUpload(MultipartUpload upload) {
    intoBucket(
        upload.bucket(),
        () ->
            transactions.run(
                "Creating a multipart upload",
                c -> {
                  uploads.insert(c, upload);
                  return null;
                }));
  }

  @Override
  public Optional<MultipartUpload> findUpload(String uploadId) {
    return transactions.run("Reading a multipart upload", c -> uploads.find(c, uploadId, false));
  }

  @Override
  public Optional<Part> putPart(Part part) {
    return transactions.run("Storing a part", c -> writes.putPart(c, parts, part));
  }

  @Override
  public List<Part> listParts(String uploadId, int afterPartNumber, int limit) {
    return transactions.run("Listing parts", c -> parts.list(c, uploadId, afterPartNumber, limit));
  }

  @Override
  public List<MultipartUpload> listUploads(
      String bucket, String prefix, String keyMarker, String uploadIdMarker, int limit) {
    KeyRange range = KeyRange.of(prefix, null);
    return transactions.run(
        "Listing multipart uploads",
        c -> uploads.list(c, bucket, range, marker(c, bucket, keyMarker, uploadIdMarker), limit));
  }

  private UploadMarker marker(Connection c, String bucket, String key, String uploadId)
      throws SQLException {
    if (key == null) {
      return UploadMarker.none();
    }
    byte[] keyBytes = ObjectKeys.bound(key);
    if (uploadId == null) {
      return new UploadMarker(keyBytes, null, null);
    }
    return new UploadMarker(
        keyBytes, uploads.initiated(c, bucket, keyBytes, uploadId).orElse(null), uploadId);
  }

  @Override
  public List<String> completeUpload(String uploadId, ObjectRecord record, List<NewEvent> events) {
    return transactions.run(
        "Completing a multipart upload",
        c -> {
          List<String> unreferenced = new ArrayList<>(removeUpload(c, uploadId));
          writes.put(c, record).ifPresent(replaced -> unreferenced.add(replaced.blobId()));
          commitEvents(c, events);
          unreferenced.removeIf(blob -> blob.equals(record.blobId()));
          return unreferenced;
        });
  }

  @Override
  public Optional<List<String>> abortUpload(String uploadId) {
    return transactions.run(
        "Aborting a multipart upload",
        c ->
            uploads.find(c, uploadId, true).isEmpty()
                ? Optional.empty()
                : Optional.of(removeUpload(c, uploadId)));
  }

  /** Removes the upload and its parts; returns the parts' blobs. */
  private List<String> removeUpload(Connection c, String uploadId) throws SQLException {
    List<String> blobs = parts.deleteAll(c, uploadId);
    uploads.delete(c, uploadId);
    return blobs;
  }

  /**
   * Runs a write of a row that references its bucket: when the bucket was deleted since the caller
   * looked it up, the foreign key refuses the row and the write fails with {@link
   * BucketVanishedException}.
   */
  private <T> T intoBucket(String bucket, Supplier<T> write) {
    try {
      return write.get();
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && MISSING_PARENT.contains(sql.getSQLState())) {
        bucketCache.invalidate(bucket);
        throw new BucketVanishedException(bucket);
      }
      throw e;
    }
  }

  private void commitEvents(Connection c, List<NewEvent> events) throws SQLException {
    OutboxTable.insert(c, events, clock.now());
  }
}
