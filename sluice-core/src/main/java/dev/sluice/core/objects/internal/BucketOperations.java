package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.RequestContext;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Result;
import java.util.Comparator;
import java.util.List;

/** CreateBucket, HeadBucket, DeleteBucket and ListBuckets. */
final class BucketOperations {

  /** The region whose legacy behaviour answers an owner's re-create with 200 OK. */
  static final String US_EAST_1 = "us-east-1";

  private static final int PAGE = 1000;

  private final Backend backend;

  BucketOperations(Backend backend) {
    this.backend = backend;
  }

  Result<Bucket> create(String name, String region, RequestContext context) {
    if (!BucketNames.isValid(name)) {
      return Result.err(S3Failures.invalidBucketName(name));
    }
    String where = region == null || region.isBlank() ? US_EAST_1 : region;
    var bucket = new Bucket(name, context.account(), where, backend.clock().now());
    if (backend.catalog().insertBucket(bucket)) {
      return Result.ok(bucket);
    }
    return backend
        .catalog()
        .findBucket(name)
        .map(existing -> recreate(existing, bucket))
        .orElseGet(() -> Result.err(S3Failures.bucketAlreadyExists(name)));
  }

  /** S3 answers a second create of an existing bucket by who owns it and where. */
  private static Result<Bucket> recreate(Bucket existing, Bucket requested) {
    if (!existing.owner().equals(requested.owner())) {
      return Result.err(S3Failures.bucketAlreadyExists(existing.name()));
    }
    if (US_EAST_1.equals(requested.region()) && US_EAST_1.equals(existing.region())) {
      return Result.ok(existing);
    }
    return Result.err(S3Failures.bucketAlreadyOwnedByYou(existing.name()));
  }

  Result<Bucket> head(String name) {
    return backend.bucket(name);
  }

  Result<Void> delete(String name) {
    if (!backend.bucket(name).isOk()) {
      return Result.err(S3Failures.noSuchBucket(name));
    }
    if (backend.catalog().listObjects(name, "", null, 1).isEmpty()) {
      abortUploads(name);
    }
    return switch (backend.catalog().deleteBucket(name)) {
      case DELETED -> Result.ok(null);
      case NOT_FOUND -> Result.err(S3Failures.noSuchBucket(name));
      case NOT_EMPTY -> Result.err(S3Failures.bucketNotEmpty(name));
    };
  }

  /** Uploads die with their bucket; aborting them first lets their part blobs be deleted. */
  private void abortUploads(String bucket) {
    var catalog = backend.catalog();
    String keyMarker = null;
    String uploadIdMarker = null;
    while (true) {
      var page = catalog.listUploads(bucket, "", keyMarker, uploadIdMarker, PAGE);
      for (var upload : page) {
        catalog.abortUpload(upload.uploadId()).ifPresent(b -> backend.deleteBlobs(b, null));
      }
      if (page.size() < PAGE) {
        return;
      }
      keyMarker = page.getLast().key();
      uploadIdMarker = page.getLast().uploadId();
    }
  }

  List<Bucket> list(String account) {
    return backend.catalog().listBuckets(account).stream()
        .sorted(Comparator.comparing(Bucket::name))
        .toList();
  }
}
