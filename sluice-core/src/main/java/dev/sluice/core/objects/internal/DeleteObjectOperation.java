package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.DeleteOutcome;
import dev.sluice.core.objects.RequestContext;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DeleteObject and DeleteObjects. Deleting a missing key succeeds and, as in S3, still reports an
 * {@code ObjectRemoved:Delete} event.
 */
final class DeleteObjectOperation {

  private final Backend backend;

  DeleteObjectOperation(Backend backend) {
    this.backend = backend;
  }

  Result<Void> delete(String bucket, String key, RequestContext context) {
    var found = backend.bucket(bucket);
    if (!found.isOk()) {
      return Result.err(found.failure());
    }
    return deleteOne(found.value(), key, context)
        .<Result<Void>>map(Result::err)
        .orElseGet(() -> Result.ok(null));
  }

  Result<List<DeleteOutcome>> deleteAll(String bucket, List<String> keys, RequestContext context) {
    var found = backend.bucket(bucket);
    if (!found.isOk()) {
      return Result.err(found.failure());
    }
    var outcomes = new ArrayList<DeleteOutcome>(keys.size());
    for (var key : keys) {
      outcomes.add(new DeleteOutcome(key, deleteOne(found.value(), key, context).orElse(null)));
    }
    return Result.ok(outcomes);
  }

  private Optional<Failure> deleteOne(Bucket bucket, String key, RequestContext context) {
    var keyProblem = backend.checkKey(key);
    if (keyProblem.isPresent()) {
      return keyProblem;
    }
    var now = backend.clock().now();
    var change = ObjectChange.removed(key, backend.sequencer().next());
    var events = backend.events().of(bucket, change, context, now);
    var removed = backend.catalog().deleteObject(bucket.name(), key, events);
    backend.committed(events);
    backend.deleteReplaced(removed, null);
    return Optional.empty();
  }
}
