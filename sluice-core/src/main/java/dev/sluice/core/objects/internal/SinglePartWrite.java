package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.BucketVanishedException;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.RequestContext;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Result;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * An object written in one piece (PutObject, CopyObject): its record and its ObjectCreated event
 * are committed together when the write's condition still holds, then the blob it replaced goes.
 *
 * @param eventType the ObjectCreated event the write reports
 */
record SinglePartWrite(
    String eventType,
    Bucket bucket,
    String key,
    ObjectAttributes attributes,
    RequestContext context) {

  Result<ObjectRecord> commit(Backend backend, StoredBody body, WriteCondition condition) {
    var now = backend.clock().now().truncatedTo(ChronoUnit.MILLIS);
    var record =
        new ObjectRecord(
            bucket.name(),
            key,
            body.blobId(),
            body.size(),
            body.etag(),
            now,
            attributes,
            body.checksums(),
            0,
            backend.sequencer().next());
    var events = backend.events().of(bucket, ObjectChange.created(eventType, record), context, now);
    Result<Optional<ObjectRecord>> replaced;
    try {
      replaced = condition.commit(backend.catalog(), record, events);
    } catch (BucketVanishedException e) {
      replaced = Result.err(S3Failures.noSuchBucket(bucket.name()));
    }
    if (!replaced.isOk()) {
      backend.blobs().delete(body.blobId());
      return Result.err(replaced.failure());
    }
    backend.committed(events);
    backend.deleteReplaced(replaced.value(), body.blobId());
    return Result.ok(record);
  }
}
