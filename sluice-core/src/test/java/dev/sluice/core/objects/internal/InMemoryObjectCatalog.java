package dev.sluice.core.objects.internal;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.ObjectCatalog;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.Part;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A test fixture: the catalog in memory, one lock, keys in UTF-8 order, committed events kept. */
final class InMemoryObjectCatalog implements ObjectCatalog {

  private final Map<String, Bucket> buckets = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> configs = new HashMap<>();
  private final Map<String, TreeMap<String, ObjectRecord>> objects = new HashMap<>();
  private final Map<String, MultipartUpload> uploads = new LinkedHashMap<>();
  private final Map<String, TreeMap<Integer, Part>> parts = new HashMap<>();
  private final List<NewEvent> events = new ArrayList<>();
  private int rowsRead;

  /** Every event committed so far, in commit order. */
  synchronized List<NewEvent> events() {
    return List.copyOf(events);
  }

  /** Forgets the events committed so far (a test's setup made them). */
  synchronized void forgetEvents() {
    events.clear();
  }

  /** How many object records listObjects has returned so far. */
  synchronized int rowsRead() {
    return rowsRead;
  }

  @Override
  public synchronized boolean insertBucket(Bucket bucket) {
    if (buckets.containsKey(bucket.name())) {
      return false;
    }
    buckets.put(bucket.name(), bucket);
    objects.put(bucket.name(), new TreeMap<>(Utf8Order.COMPARATOR));
    return true;
  }

  @Override
  public synchronized Optional<Bucket> findBucket(String name) {
    return Optional.ofNullable(buckets.get(name));
  }

  @Override
  public synchronized List<Bucket> listBuckets(String owner) {
    return buckets.values().stream().filter(b -> b.owner().equals(owner)).toList();
  }

  @Override
  public synchronized BucketDeletion deleteBucket(String name) {
    if (!buckets.containsKey(name)) {
      return BucketDeletion.NOT_FOUND;
    }
    if (!objects.get(name).isEmpty()) {
      return BucketDeletion.NOT_EMPTY;
    }
    buckets.remove(name);
    objects.remove(name);
    configs.remove(name);
    uploads.values().removeIf(u -> u.bucket().equals(name));
    parts.keySet().removeIf(id -> !uploads.containsKey(id));
    return BucketDeletion.DELETED;
  }

  @Override
  public synchronized void putBucketConfig(
      String bucket, String kind, String json, List<NewEvent> evs) {
    events.addAll(evs);
    configs.computeIfAbsent(bucket, b -> new HashMap<>()).put(kind, json);
  }

  @Override
  public synchronized Optional<String> findBucketConfig(String bucket, String kind) {
    return Optional.ofNullable(configs.getOrDefault(bucket, Map.of()).get(kind));
  }

  @Override
  public synchronized Optional<ObjectRecord> findObject(String bucket, String key) {
    return Optional.ofNullable(keys(bucket).get(key));
  }

  @Override
  public synchronized Optional<ObjectRecord> putObject(ObjectRecord record, List<NewEvent> evs) {
    events.addAll(evs);
    return Optional.ofNullable(keys(record.bucket()).put(record.key(), record));
  }

  @Override
  public synchronized ConditionalPut putObjectIf(
      ObjectRecord record, String expectedEtag, List<NewEvent> evs) {
    var current = Optional.ofNullable(keys(record.bucket()).get(record.key()));
    boolean holds =
        expectedEtag == null
            ? current.isEmpty()
            : current.isPresent() && current.get().etag().equals(expectedEtag);
    if (!holds) {
      return new ConditionalPut(false, Optional.empty());
    }
    return new ConditionalPut(true, putObject(record, evs));
  }

  @Override
  public synchronized Optional<ObjectRecord> deleteObject(
      String bucket, String key, List<NewEvent> evs) {
    events.addAll(evs);
    return Optional.ofNullable(keys(bucket).remove(key));
  }

  @Override
  public synchronized List<ObjectRecord> listObjects(
      String bucket, String prefix, String afterKey, int limit) {
    var tail = afterKey == null ? keys(bucket) : keys(bucket).tailMap(afterKey, false);
    var out = new ArrayList<ObjectRecord>();
    for (var record : tail.values()) {
      if (out.size() == limit) {
        break;
      }
      if (record.key().startsWith(prefix)) {
        out.add(record);
      } else if (Utf8Order.compare(record.key(), prefix) > 0) {
        break;
      }
    }
    rowsRead += out.size();
    return out;
  }

  @Override
  public synchronized void insertUpload(MultipartUpload upload) {
    uploads.put(upload.uploadId(), upload);
    parts.put(upload.uploadId(), new TreeMap<>());
  }

  @Override
  public synchronized Optional<MultipartUpload> findUpload(String uploadId) {
    return Optional.ofNullable(uploads.get(uploadId));
  }

  @Override
  public synchronized Optional<Part> putPart(Part part) {
    var ofUpload = parts.get(part.uploadId());
    if (ofUpload == null) {
      throw new IllegalStateException("no upload " + part.uploadId());
    }
    return Optional.ofNullable(ofUpload.put(part.partNumber(), part));
  }

  @Override
  public synchronized List<Part> listParts(String uploadId, int afterPartNumber, int limit) {
    return parts
        .getOrDefault(uploadId, new TreeMap<>())
        .tailMap(afterPartNumber, false)
        .values()
        .stream()
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<MultipartUpload> listUploads(
      String bucket, String prefix, String keyMarker, String uploadIdMarker, int limit) {
    var sorted =
        uploads.values().stream()
            .filter(u -> u.bucket().equals(bucket) && u.key().startsWith(prefix))
            .sorted(
                Comparator.comparing(MultipartUpload::key, Utf8Order.COMPARATOR)
                    .thenComparing(MultipartUpload::initiated)
                    .thenComparing(MultipartUpload::uploadId))
            .toList();
    int start = 0;
    if (keyMarker != null) {
      start = sorted.size();
      for (int i = 0; i < sorted.size(); i++) {
        var u = sorted.get(i);
        int c = Utf8Order.compare(u.key(), keyMarker);
        if (c > 0 || (c == 0 && uploadIdMarker != null && u.uploadId().equals(uploadIdMarker))) {
          start = c > 0 ? i : i + 1;
          break;
        }
      }
    }
    return sorted.subList(start, Math.min(sorted.size(), start + limit));
  }

  @Override
  public synchronized List<String> completeUpload(
      String uploadId, ObjectRecord record, List<NewEvent> evs) {
    uploads.remove(uploadId);
    var blobs = new ArrayList<String>();
    parts.remove(uploadId).values().forEach(p -> blobs.add(p.blobId()));
    putObject(record, evs).ifPresent(old -> blobs.add(old.blobId()));
    return blobs;
  }

  @Override
  public synchronized Optional<List<String>> abortUpload(String uploadId) {
    if (uploads.remove(uploadId) == null) {
      return Optional.empty();
    }
    return Optional.of(parts.remove(uploadId).values().stream().map(Part::blobId).toList());
  }

  private TreeMap<String, ObjectRecord> keys(String bucket) {
    var keys = objects.get(bucket);
    if (keys == null) {
      throw new IllegalStateException("no bucket " + bucket);
    }
    return keys;
  }
}
