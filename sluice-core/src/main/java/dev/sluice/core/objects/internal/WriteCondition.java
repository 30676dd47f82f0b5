package dev.sluice.core.objects.internal;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.objects.ObjectCatalog;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Result;
import java.util.List;
import java.util.Optional;

/** A conditional write ({@code If-None-Match: *} or {@code If-Match}), checked at commit. */
sealed interface WriteCondition {

  /** Write whatever is there. */
  record Always() implements WriteCondition {}

  /** {@code If-None-Match: *}: only if the key does not exist. */
  record Absent() implements WriteCondition {}

  /** {@code If-Match}: only if the key's ETag is this one ({@code *}: any). */
  record Matching(String etag) implements WriteCondition {
    boolean matches(String current) {
      return Etags.listed(etag, current);
    }
  }

  static Result<WriteCondition> of(Preconditions conditions) {
    if (conditions == null) {
      return Result.ok(new Always());
    }
    if (conditions.ifNoneMatch() != null) {
      return conditions.ifNoneMatch().trim().equals("*")
          ? Result.ok(new Absent())
          : Result.err(S3Failures.notImplemented("If-None-Match"));
    }
    if (conditions.ifMatch() != null) {
      return Result.ok(new Matching(conditions.ifMatch().trim()));
    }
    return Result.ok(new Always());
  }

  /**
   * Checks the condition against the key's current record before the body is read; an unconditional
   * write reads nothing.
   */
  default Result<Void> checkBefore(ObjectCatalog catalog, String bucket, String key) {
    return this instanceof Always ? Result.ok(null) : check(catalog.findObject(bucket, key), key);
  }

  /** Checks the condition against the current record. */
  default Result<Void> check(Optional<ObjectRecord> current, String key) {
    return switch (this) {
      case Always a -> Result.ok(null);
      case Absent a ->
          current.isPresent()
              ? Result.err(S3Failures.preconditionFailed("If-None-Match"))
              : Result.ok(null);
      case Matching m ->
          current.isEmpty()
              ? Result.err(S3Failures.noSuchKey(key))
              : m.matches(current.get().etag())
                  ? Result.ok(null)
                  : Result.err(S3Failures.preconditionFailed("If-Match"));
    };
  }

  /** Stores the record if the condition still holds; the record it replaced, if any. */
  default Result<Optional<ObjectRecord>> commit(
      ObjectCatalog catalog, ObjectRecord record, List<NewEvent> events) {
    return switch (this) {
      case Always a -> Result.ok(catalog.putObject(record, events));
      case Absent a -> stored(catalog.putObjectIf(record, null, events), "If-None-Match");
      case Matching m -> {
        var current = catalog.findObject(record.bucket(), record.key());
        var failed = check(current, record.key());
        if (!failed.isOk()) {
          yield Result.err(failed.failure());
        }
        var put = catalog.putObjectIf(record, current.get().etag(), events);
        yield stored(put, "If-Match");
      }
    };
  }

  private static Result<Optional<ObjectRecord>> stored(
      ObjectCatalog.ConditionalPut put, String condition) {
    return put.stored()
        ? Result.ok(put.replaced())
        : Result.err(S3Failures.preconditionFailed(condition));
  }
}
