package dev.sluice.core.objects;

import dev.sluice.core.events.NewEvent;
import java.util.List;
import java.util.Optional;

/**
 * The object store's metadata. Every mutating call is one transaction, and commits the given outbox
 * events with it. Blobs referenced by records that a call replaces or removes are returned so the
 * caller can delete them after the commit.
 */
public interface ObjectCatalog {

  /** Inserts the bucket; false when a bucket of that name exists (owned by anyone). */
  boolean insertBucket(Bucket bucket);

  Optional<Bucket> findBucket(String name);

  List<Bucket> listBuckets(String owner);

  /** Deletes an empty bucket (with its configuration and uploads). */
  BucketDeletion deleteBucket(String name);

  enum BucketDeletion {
    DELETED,
    NOT_FOUND,
    NOT_EMPTY
  }

  /** A bucket-level document (e.g. {@code notification}), stored as JSON. */
  default void putBucketConfig(String bucket, String kind, String json) {
    putBucketConfig(bucket, kind, json, List.of());
  }

  /**
   * Stores a bucket-level document and commits {@code events} with it (S3's {@code s3:TestEvent}s
   * for a new notification configuration).
   */
  void putBucketConfig(String bucket, String kind, String json, List<NewEvent> events);

  Optional<String> findBucketConfig(String bucket, String kind);

  Optional<ObjectRecord> findObject(String bucket, String key);

  /**
   * Stores {@code record} (inserting or replacing its key) and commits {@code events} with it.
   * Returns the record it replaced, if any.
   */
  Optional<ObjectRecord> putObject(ObjectRecord record, List<NewEvent> events);

  /**
   * Stores {@code record} only if the key's current ETag still is {@code expectedEtag} (null: only
   * if the key does not exist). Empty result with {@code false}: the condition failed.
   */
  ConditionalPut putObjectIf(ObjectRecord record, String expectedEtag, List<NewEvent> events);

  record ConditionalPut(boolean stored, Optional<ObjectRecord> replaced) {}

  /** Removes the key if present, committing {@code events} either way; returns what it removed. */
  Optional<ObjectRecord> deleteObject(String bucket, String key, List<NewEvent> events);

  /**
   * Up to {@code limit} records of the bucket whose key starts with {@code prefix} and sorts after
   * {@code afterKey} (exclusive; null: from the start), ordered by the keys' UTF-8 bytes.
   */
  List<ObjectRecord> listObjects(String bucket, String prefix, String afterKey, int limit);

  void insertUpload(MultipartUpload upload);

  Optional<MultipartUpload> findUpload(String uploadId);

  /** Stores the part (replacing the same part number); returns the part it replaced. */
  Optional<Part> putPart(Part part);

  /** Parts with a number above {@code afterPartNumber}, ascending, at most {@code limit}. */
  List<Part> listParts(String uploadId, int afterPartNumber, int limit);

  /**
   * Uploads of the bucket with keys starting with {@code prefix}, ordered by key (UTF-8 bytes) then
   * initiation time, after the ({@code keyMarker}, {@code uploadIdMarker}) position.
   */
  List<MultipartUpload> listUploads(
      String bucket, String prefix, String keyMarker, String uploadIdMarker, int limit);

  /**
   * Ends the upload: removes it and its parts, stores {@code record} and commits {@code events}.
   * Returns the blobs that are no longer referenced (the parts' and the replaced object's).
   */
  List<String> completeUpload(String uploadId, ObjectRecord record, List<NewEvent> events);

  /** Removes the upload and its parts; returns their blobs, empty when there was no such upload. */
  Optional<List<String>> abortUpload(String uploadId);
}
