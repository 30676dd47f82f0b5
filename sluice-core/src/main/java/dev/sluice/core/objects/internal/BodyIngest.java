package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.BlobStore;
import dev.sluice.core.objects.BlobStore.BlobWriter;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams bytes into a new blob, computing the MD5 and the asked-for checksum in the same pass, and
 * commits the blob only when the bytes are complete and match every digest the client sent. On any
 * failure the blob is abandoned.
 */
final class BodyIngest {

  private static final Logger LOG = LoggerFactory.getLogger(BodyIngest.class);
  private static final int BUFFER = 64 * 1024;

  private final BlobStore blobs;

  BodyIngest(BlobStore blobs) {
    this.blobs = blobs;
  }

  Result<StoredBody> store(ByteSource source, BodyExpectations expected, long maxSize) {
    if (source.length() > maxSize) {
      return Result.err(S3Failures.entityTooLarge(source.length(), maxSize));
    }
    BlobWriter writer;
    try {
      writer = blobs.create();
    } catch (IOException e) {
      LOG.warn("cannot create a blob", e);
      return Result.err(S3Failures.internalError());
    }
    try (writer) {
      var digests = new Digests(expected);
      Result<Long> size = pump(source, writer.output(), digests, maxSize);
      if (!size.isOk()) {
        return Result.err(size.failure());
      }
      digests.finish();
      Optional<Failure> mismatch = digests.verify();
      if (mismatch.isPresent()) {
        return Result.err(mismatch.get());
      }
      return commit(writer)
          .map(
              blobId ->
                  new StoredBody(
                      blobId, size.value(), digests.md5, expected.algorithm(), digests.checksum));
    }
  }

  private static Result<Long> pump(
      ByteSource source, OutputStream out, Digests digests, long maxSize) {
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    while (true) {
      int n;
      try {
        n = source.read(buffer);
      } catch (IOException e) {
        return Result.err(source.readFailure(e));
      }
      if (n < 0) {
        break;
      }
      total += n;
      if (total > maxSize) {
        return Result.err(S3Failures.entityTooLarge(total, maxSize));
      }
      if (source.length() >= 0 && total > source.length()) {
        return Result.err(S3Failures.incompleteBody());
      }
      digests.update(buffer, n);
      if (!write(out, buffer, n)) {
        return Result.err(S3Failures.internalError());
      }
    }
    if (source.length() >= 0 && total < source.length()) {
      return Result.err(source.shortFailure());
    }
    return Result.ok(total);
  }

  private static boolean write(OutputStream out, byte[] buffer, int n) {
    try {
      out.write(buffer, 0, n);
      return true;
    } catch (IOException e) {
      LOG.warn("cannot write a blob", e);
      return false;
    }
  }

  private static Result<String> commit(BlobWriter writer) {
    try {
      writer.output().flush();
      return Result.ok(writer.commit());
    } catch (IOException e) {
      LOG.warn("cannot commit a blob", e);
      return Result.err(S3Failures.internalError());
    }
  }

  /** The running MD5 and checksum, then their values and the checks against what was sent. */
  private static final class Digests {
    private final BodyExpectations expected;
    private final RunningChecksum runningMd5 = RunningChecksum.md5();
    private final RunningChecksum running;
    private byte[] md5;
    private byte[] checksum;

    Digests(BodyExpectations expected) {
      this.expected = expected;
      this.running =
          expected.algorithm() == null ? null : RunningChecksum.start(expected.algorithm());
    }

    void update(byte[] buffer, int n) {
      runningMd5.update(buffer, 0, n);
      if (running != null) {
        running.update(buffer, 0, n);
      }
    }

    void finish() {
      md5 = runningMd5.finish();
      checksum = running == null ? null : running.finish();
    }

    Optional<Failure> verify() {
      if (expected.md5() != null && !Arrays.equals(expected.md5(), md5)) {
        return Optional.of(
            S3Failures.badDigest(expected.contentMd5(), Base64.getEncoder().encodeToString(md5)));
      }
      if (expected.headerValue() != null && !Arrays.equals(expected.headerValue(), checksum)) {
        return Optional.of(S3Failures.checksumMismatch(expected.algorithm()));
      }
      return trailers();
    }

    private Optional<Failure> trailers() {
      for (var trailer : expected.trailers().get().entrySet()) {
        var algorithm = trailer.getKey();
        if (algorithm != expected.algorithm()) {
          return Optional.of(
              expected.algorithm() == null
                  ? S3Failures.invalidChecksumTrailer(algorithm)
                  : S3Failures.checksumTypeMismatch(expected.algorithm(), algorithm));
        }
        var value = BodyExpectations.decode(trailer.getValue(), RunningChecksum.length(algorithm));
        if (value.isEmpty()) {
          return Optional.of(S3Failures.invalidChecksumTrailer(algorithm));
        }
        if (!Arrays.equals(value.get(), checksum)) {
          return Optional.of(S3Failures.checksumMismatch(algorithm));
        }
      }
      return Optional.empty();
    }
  }
}
