package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Result;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The object a CopyObject or UploadPartCopy reads: found, its conditions checked, opened. */
record CopySource(ObjectRecord record, SeekableByteChannel channel) implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(CopySource.class);
  private static final int ATTEMPTS = 3;

  /** Opens the source, hands it to {@code use} and closes it again. */
  static <T> Result<T> reading(
      Backend backend,
      String bucket,
      String key,
      Preconditions conditions,
      Function<CopySource, Result<T>> use) {
    var opened = open(backend, bucket, key, conditions);
    if (!opened.isOk()) {
      return Result.err(opened.failure());
    }
    try (var source = opened.value()) {
      return use.apply(source);
    }
  }

  private static Result<CopySource> open(
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

  /**
   * Stores {@code length} bytes from {@code first} as a new blob (at most the largest PutObject),
   * computing the {@code algorithm} checksum when there is one.
   */
  Result<StoredBody> store(Backend backend, long first, long length, ChecksumAlgorithm algorithm) {
    var expected = new BodyExpectations(null, null, algorithm, null, Map::of);
    return bytes(first, length)
        .flatMap(bytes -> backend.ingest().store(bytes, expected, backend.limits().maxPutSize()));
  }

  private Result<ByteSource> bytes(long first, long length) {
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
