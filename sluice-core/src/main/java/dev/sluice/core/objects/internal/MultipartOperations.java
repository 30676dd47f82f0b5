package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.BucketVanishedException;
import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.PartListing;
import dev.sluice.core.objects.RequestContext;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Result;
import java.time.temporal.ChronoUnit;

/** CreateMultipartUpload, AbortMultipartUpload and ListParts. */
final class MultipartOperations {

  static final int MAX_PAGE = 1000;

  private final Backend backend;

  MultipartOperations(Backend backend) {
    this.backend = backend;
  }

  Result<MultipartUpload> create(
      String bucket,
      String key,
      ObjectAttributes attributes,
      ChecksumAlgorithm algorithm,
      RequestContext context) {
    var keyProblem = backend.checkKey(key);
    if (keyProblem.isPresent()) {
      return Result.err(keyProblem.get());
    }
    return backend
        .bucket(bucket)
        .flatMap(
            b -> {
              var upload =
                  new MultipartUpload(
                      UploadIds.next(),
                      bucket,
                      key,
                      backend.clock().now().truncatedTo(ChronoUnit.MILLIS),
                      attributes == null ? ObjectAttributes.none() : attributes,
                      algorithm,
                      context.account());
              try {
                backend.catalog().insertUpload(upload);
              } catch (BucketVanishedException e) {
                return Result.err(S3Failures.noSuchBucket(bucket));
              }
              return Result.ok(upload);
            });
  }

  Result<Void> abort(String bucket, String key, String uploadId) {
    var upload = backend.upload(bucket, key, uploadId);
    if (!upload.isOk()) {
      return Result.err(upload.failure());
    }
    return backend
        .catalog()
        .abortUpload(uploadId)
        .<Result<Void>>map(
            blobs -> {
              backend.deleteBlobs(blobs, null);
              return Result.ok(null);
            })
        .orElseGet(() -> Result.err(S3Failures.noSuchUpload(uploadId)));
  }

  Result<PartListing> listParts(
      String bucket, String key, String uploadId, int partNumberMarker, int maxParts) {
    var upload = backend.upload(bucket, key, uploadId);
    if (!upload.isOk()) {
      return Result.err(upload.failure());
    }
    int max = Math.clamp(maxParts, 0, MAX_PAGE);
    int after = Math.max(0, partNumberMarker);
    var parts = backend.catalog().listParts(uploadId, after, max + 1);
    boolean truncated = parts.size() > max;
    var page = truncated ? parts.subList(0, max) : parts;
    int next = page.isEmpty() ? after : page.getLast().partNumber();
    return Result.ok(new PartListing(upload.value(), page, truncated, next));
  }
}
