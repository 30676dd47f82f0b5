package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Evaluates If-Match, If-None-Match, If-Modified-Since and If-Unmodified-Since as RFC 7232 orders
 * them and S3 documents: an If-Match that holds makes S3 ignore If-Unmodified-Since, an
 * If-None-Match present makes it ignore If-Modified-Since. A read answers 304 where a copy source
 * answers 412.
 */
final class ReadConditions {

  static final ReadConditions READ = new ReadConditions(false);
  static final ReadConditions COPY_SOURCE = new ReadConditions(true);

  private final boolean copySource;

  private ReadConditions(boolean copySource) {
    this.copySource = copySource;
  }

  Result<Void> check(Preconditions conditions, ObjectRecord record, Instant now) {
    if (conditions == null) {
      return Result.ok(null);
    }
    Instant lastModified = record.lastModified().truncatedTo(ChronoUnit.SECONDS);
    if (conditions.ifMatch() != null) {
      if (!Etags.listed(conditions.ifMatch(), record.etag())) {
        return Result.err(failed("If-Match"));
      }
    } else if (conditions.ifUnmodifiedSince() != null
        && lastModified.isAfter(conditions.ifUnmodifiedSince())) {
      return Result.err(failed("If-Unmodified-Since"));
    }
    if (conditions.ifNoneMatch() != null) {
      if (Etags.listed(conditions.ifNoneMatch(), record.etag())) {
        return Result.err(unchanged("If-None-Match"));
      }
    } else if (conditions.ifModifiedSince() != null
        && !conditions.ifModifiedSince().isAfter(now)
        && !lastModified.isAfter(conditions.ifModifiedSince())) {
      return Result.err(unchanged("If-Modified-Since"));
    }
    return Result.ok(null);
  }

  private Failure failed(String header) {
    return S3Failures.preconditionFailed(copySource ? "x-amz-copy-source-" + header : header);
  }

  private Failure unchanged(String header) {
    return copySource ? failed(header) : S3Failures.notModified();
  }
}
