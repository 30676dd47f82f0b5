package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.ByteRange;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.Part;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.objects.UploadPartCopyInput;
import dev.sluice.core.objects.UploadPartInput;
import dev.sluice.core.result.Result;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** UploadPart and UploadPartCopy: a part's bytes become a blob of their own. */
final class UploadPartOperation {

  private final Backend backend;

  UploadPartOperation(Backend backend) {
    this.backend = backend;
  }

  Result<Part> upload(UploadPartInput in) {
    var upload = uploadFor(in.bucket(), in.key(), in.uploadId(), in.partNumber());
    if (!upload.isOk()) {
      return Result.err(upload.failure());
    }
    var expected = BodyExpectations.of(in.digests(), upload.value().algorithm());
    if (!expected.isOk()) {
      return Result.err(expected.failure());
    }
    var source = new ByteSource.ClientBody(in.body(), in.contentLength());
    return backend
        .ingest()
        .store(source, expected.value(), backend.limits().maxPutSize())
        .map(body -> save(in.uploadId(), in.partNumber(), body));
  }

  Result<Part> copy(UploadPartCopyInput in) {
    var upload = uploadFor(in.bucket(), in.key(), in.uploadId(), in.partNumber());
    if (!upload.isOk()) {
      return Result.err(upload.failure());
    }
    return CopySource.reading(
        backend,
        in.sourceBucket(),
        in.sourceKey(),
        in.sourceConditions(),
        source -> copy(in, upload.value(), source));
  }

  private Result<Part> copy(UploadPartCopyInput in, MultipartUpload upload, CopySource source) {
    long size = source.record().size();
    long max = backend.limits().maxPutSize();
    if (in.sourceRange() == null && size > max) {
      return Result.err(S3Failures.copySourceTooLarge(max));
    }
    var window = window(in.sourceRange(), size);
    if (!window.isOk()) {
      return Result.err(window.failure());
    }
    return source
        .store(backend, window.value().first(), window.value().length(), upload.algorithm())
        .map(body -> save(in.uploadId(), in.partNumber(), body));
  }

  /** {@code x-amz-copy-source-range} must be {@code bytes=first-last} within the source. */
  private static Result<ReadWindow> window(ByteRange range, long size) {
    return switch (range) {
      case null -> Result.ok(new ReadWindow(0, size, false));
      case ByteRange.FromTo r when r.last() != null && r.first() <= r.last() && r.last() < size ->
          Result.ok(new ReadWindow(r.first(), r.last() - r.first() + 1, true));
      default -> Result.err(S3Failures.invalidCopySourceRange(size));
    };
  }

  private Result<MultipartUpload> uploadFor(
      String bucket, String key, String uploadId, int partNumber) {
    var found = backend.bucket(bucket);
    if (!found.isOk()) {
      return Result.err(found.failure());
    }
    var numberProblem = backend.checkPartNumber(partNumber);
    if (numberProblem.isPresent()) {
      return Result.err(numberProblem.get());
    }
    return backend.upload(bucket, key, uploadId);
  }

  private Part save(String uploadId, int partNumber, StoredBody body) {
    var part =
        new Part(
            uploadId,
            partNumber,
            body.blobId(),
            body.size(),
            body.etag(),
            backend.clock().now().truncatedTo(ChronoUnit.MILLIS),
            body.checksums());
    backend
        .catalog()
        .putPart(part)
        .ifPresent(old -> backend.deleteBlobs(List.of(old.blobId()), body.blobId()));
    return part;
  }
}
