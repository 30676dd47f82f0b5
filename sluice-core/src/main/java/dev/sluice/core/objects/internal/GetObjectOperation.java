package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.GetObjectInput;
import dev.sluice.core.objects.ObjectRead;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GetObject and HeadObject: find the key, evaluate the conditions, pick the range or part, and for
 * GetObject open the blob before answering so a concurrent overwrite cannot tear the read.
 */
final class GetObjectOperation {

  private static final Logger LOG = LoggerFactory.getLogger(GetObjectOperation.class);

  /** How often a read is retried when an overwrite deleted the blob between lookup and open. */
  private static final int ATTEMPTS = 3;

  private final Backend backend;

  GetObjectOperation(Backend backend) {
    this.backend = backend;
  }

  Result<ObjectRead> get(GetObjectInput in, boolean withBody) {
    var bucket = backend.bucket(in.bucket());
    if (!bucket.isOk()) {
      return Result.err(bucket.failure());
    }
    if (in.range() != null && in.partNumber() != null) {
      return Result.err(S3Failures.rangeWithPartNumber());
    }
    int maxParts = backend.limits().maxParts();
    if (in.partNumber() != null && (in.partNumber() < 1 || in.partNumber() > maxParts)) {
      return Result.err(S3Failures.partNumberOutOfRange(in.partNumber(), maxParts));
    }
    for (int attempt = 1; ; attempt++) {
      var record = backend.catalog().findObject(in.bucket(), in.key());
      if (record.isEmpty()) {
        return Result.err(S3Failures.noSuchKey(in.key()));
      }
      var window = window(in, record.get());
      if (!window.isOk() || !withBody) {
        return window.map(
            w -> new ObjectRead(record.get(), w.first(), w.length(), w.partial(), null));
      }
      try {
        return Result.ok(open(record.get(), window.value()));
      } catch (NoSuchFileException e) {
        if (attempt == ATTEMPTS) {
          LOG.warn("blob {} of {}/{} vanished", record.get().blobId(), in.bucket(), in.key(), e);
          return Result.err(S3Failures.internalError());
        }
      } catch (IOException e) {
        LOG.warn("cannot open blob {}", record.get().blobId(), e);
        return Result.err(S3Failures.internalError());
      }
    }
  }

  private Result<ReadWindow> window(GetObjectInput in, ObjectRecord record) {
    var conditions = ReadConditions.READ.check(in.conditions(), record, backend.clock().now());
    if (!conditions.isOk()) {
      return Result.err(conditions.failure());
    }
    return in.partNumber() != null
        ? ReadWindow.ofPart(in.partNumber(), record)
        : ReadWindow.ofRange(in.range(), record.size());
  }

  private ObjectRead open(ObjectRecord record, ReadWindow window) throws IOException {
    var channel = backend.blobs().open(record.blobId());
    try {
      channel.position(window.first());
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    return new ObjectRead(record, window.first(), window.length(), window.partial(), channel);
  }
}
