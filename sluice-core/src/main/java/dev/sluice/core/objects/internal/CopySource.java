package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Result;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.NoSuchFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The object a CopyObject or UploadPartCopy reads: found, its conditions checked, opened. */
record CopySource(ObjectRecord record, SeekableByteChannel channel) implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(CopySource.class);
  private static final int ATTEMPTS = 3;

  static Result<CopySource> open(
      Backend backend, String bucket, String key, Preconditions conditions) {
    var found = backend.bucket(bucket);
    if (!found.isOk()) {
      return Result.err(found.failure());
    }
    for (int attempt = 1; ; attempt++) {
      var record = backend.catalog().findObject(bucket, key);
      if (record.isEmpty()) {
        return Result.err(S3Failures.noSuchKey(key));
      }
      var holds = ReadConditions.COPY_SOURCE.check(conditions, record.get(), backend.clock().now());
      if (!holds.isOk()) {
        return Result.err(holds.failure());
      }
      try {
        return Result.ok(new CopySource(record.get(), backend.blobs().open(record.get().blobId())));
      } catch (NoSuchFileException e) {
        if (attempt == ATTEMPTS) {
          LOG.warn("blob {} of {}/{} vanished", record.get().blobId(), bucket, key, e);
          return Result.err(S3Failures.internalError());
        }
      } catch (IOException e) {
        LOG.warn("cannot open blob {}", record.get().blobId(), e);
        return Result.err(S3Failures.internalError());
      }
    }
  }

  /** A byte source over {@code length} bytes from {@code first}. */
  Result<ByteSource> bytes(long first, long length) {
    try {
      return Result.ok(new ByteSource.BlobRange(channel, first, length));
    } catch (IOException e) {
      LOG.warn("cannot position blob {}", record.blobId(), e);
      return Result.err(S3Failures.internalError());
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("closing blob {}", record.blobId(), e);
    }
  }
}
