package dev.sluice.core.objects.internal;

import dev.sluice.core.events.EventSignal;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.objects.BlobStore;
import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.ObjectCatalog;
import dev.sluice.core.objects.ObjectLimits;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What the object operations share: the ports, the limits and the event machinery. */
record Backend(
    ObjectCatalog catalog,
    BlobStore blobs,
    Clock clock,
    EventSignal signal,
    ObjectLimits limits,
    Sequencer sequencer,
    ObjectEvents events,
    BodyIngest ingest) {

  Result<Bucket> bucket(String name) {
    return catalog
        .findBucket(name)
        .<Result<Bucket>>map(Result::ok)
        .orElseGet(() -> Result.err(S3Failures.noSuchBucket(name)));
  }

  /** The key-length check every write makes. */
  Optional<Failure> checkKey(String key) {
    int bytes = key.getBytes(StandardCharsets.UTF_8).length;
    return bytes > limits.maxKeyBytes()
        ? Optional.of(S3Failures.keyTooLong(bytes, limits.maxKeyBytes()))
        : Optional.empty();
  }

  /** Tells the dispatcher that events were committed, if there were any. */
  void committed(List<NewEvent> events) {
    if (!events.isEmpty()) {
      signal.eventsCommitted();
    }
  }

  /** Deletes blobs no record references any more, except {@code keep}. */
  void deleteBlobs(Collection<String> blobIds, String keep) {
    for (var id : blobIds) {
      if (id != null && !id.equals(keep)) {
        blobs.delete(id);
      }
    }
  }

  /** Deletes the blob of a record a write replaced, unless the write reused it. */
  void deleteReplaced(Optional<ObjectRecord> replaced, String keep) {
    replaced.ifPresent(old -> deleteBlobs(List.of(old.blobId()), keep));
  }

  /** The upload, if it exists and belongs to this bucket and key. */
  Result<MultipartUpload> upload(String bucket, String key, String uploadId) {
    var found = bucket(bucket);
    if (!found.isOk()) {
      return Result.err(found.failure());
    }
    return catalog
        .findUpload(uploadId)
        .filter(u -> u.bucket().equals(bucket) && u.key().equals(key))
        .<Result<MultipartUpload>>map(Result::ok)
        .orElseGet(() -> Result.err(S3Failures.noSuchUpload(uploadId)));
  }

  /** The part-number check of UploadPart and UploadPartCopy. */
  Optional<Failure> checkPartNumber(int partNumber) {
    return partNumber < 1 || partNumber > limits.maxParts()
        ? Optional.of(S3Failures.partNumberOutOfRange(partNumber, limits.maxParts()))
        : Optional.empty();
  }
}
