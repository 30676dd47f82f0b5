package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.NotificationEventNames;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.PutObjectInput;
import dev.sluice.core.result.Result;

/** PutObject: stream, verify, commit the record and its events, drop the replaced blob. */
final class PutObjectOperation {

  private final Backend backend;

  PutObjectOperation(Backend backend) {
    this.backend = backend;
  }

  Result<ObjectRecord> put(PutObjectInput in) {
    var keyProblem = backend.checkKey(in.key());
    if (keyProblem.isPresent()) {
      return Result.err(keyProblem.get());
    }
    return backend
        .bucket(in.bucket())
        .flatMap(
            bucket ->
                WriteCondition.of(in.conditions())
                    .flatMap(condition -> putInto(bucket, condition, in)));
  }

  private Result<ObjectRecord> putInto(Bucket bucket, WriteCondition condition, PutObjectInput in) {
    var source = new ByteSource.ClientBody(in.body(), in.contentLength());
    return condition
        .checkBefore(backend.catalog(), in.bucket(), in.key())
        .flatMap(holds -> BodyExpectations.of(in.digests(), null))
        .flatMap(
            expected -> backend.ingest().store(source, expected, backend.limits().maxPutSize()))
        .flatMap(body -> commit(bucket, in, body, condition));
  }

  private Result<ObjectRecord> commit(
      Bucket bucket, PutObjectInput in, StoredBody body, WriteCondition condition) {
    var write =
        new SinglePartWrite(
            NotificationEventNames.CREATED_PUT, bucket, in.key(), in.attributes(), in.context());
    return write.commit(backend, body, condition);
  }
}
