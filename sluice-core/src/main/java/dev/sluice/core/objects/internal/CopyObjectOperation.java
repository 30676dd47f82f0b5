package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.CopyObjectInput;
import dev.sluice.core.objects.MetadataDirective;
import dev.sluice.core.objects.NotificationEventNames;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Result;
import java.util.Objects;

/**
 * CopyObject: the bytes are read again so the copy gets a plain MD5 ETag (a multipart source
 * becomes a single-part object) and its checksum; metadata is copied or replaced.
 */
final class CopyObjectOperation {

  private static final String STANDARD = "STANDARD";

  private final Backend backend;

  CopyObjectOperation(Backend backend) {
    this.backend = backend;
  }

  Result<ObjectRecord> copy(CopyObjectInput in) {
    var keyProblem = backend.checkKey(in.key());
    if (keyProblem.isPresent()) {
      return Result.err(keyProblem.get());
    }
    var bucket = backend.bucket(in.bucket());
    if (!bucket.isOk()) {
      return Result.err(bucket.failure());
    }
    return CopySource.reading(
        backend,
        in.sourceBucket(),
        in.sourceKey(),
        in.sourceConditions(),
        source -> copy(in, bucket.value(), source));
  }

  private Result<ObjectRecord> copy(CopyObjectInput in, Bucket bucket, CopySource source) {
    var record = source.record();
    var attributes = attributes(in, record.attributes());
    var algorithm = algorithm(in, record);
    boolean self = in.sourceBucket().equals(in.bucket()) && in.sourceKey().equals(in.key());
    if (self && in.directive() != MetadataDirective.REPLACE && !changes(record, attributes, in)) {
      return Result.err(S3Failures.copyToItself());
    }
    long max = backend.limits().maxPutSize();
    if (record.size() > max) {
      return Result.err(S3Failures.copySourceTooLarge(max));
    }
    return source
        .store(backend, 0, record.size(), algorithm)
        .flatMap(body -> commit(in, bucket, attributes, body));
  }

  private Result<ObjectRecord> commit(
      CopyObjectInput in, Bucket bucket, ObjectAttributes attributes, StoredBody body) {
    var write =
        new SinglePartWrite(
            NotificationEventNames.CREATED_COPY, bucket, in.key(), attributes, in.context());
    return write.commit(backend, body, new WriteCondition.Always());
  }

  /**
   * REPLACE takes the request's attributes; COPY keeps the source's, except the storage class and
   * website redirect, which S3 sets from their own headers whatever the directive.
   */
  private static ObjectAttributes attributes(CopyObjectInput in, ObjectAttributes source) {
    var asked = in.replacement() == null ? ObjectAttributes.none() : in.replacement();
    if (in.directive() == MetadataDirective.REPLACE) {
      return asked;
    }
    return new ObjectAttributes(
        source.contentType(),
        source.contentEncoding(),
        source.contentDisposition(),
        source.contentLanguage(),
        source.cacheControl(),
        source.expires(),
        asked.storageClass() != null ? asked.storageClass() : source.storageClass(),
        asked.websiteRedirectLocation() != null
            ? asked.websiteRedirectLocation()
            : source.websiteRedirectLocation(),
        source.userMetadata());
  }

  /** The requested algorithm, else the one the source was stored with, else none. */
  private static ChecksumAlgorithm algorithm(CopyObjectInput in, ObjectRecord source) {
    if (in.algorithm() != null) {
      return in.algorithm();
    }
    return source.checksums().keySet().stream().findFirst().orElse(null);
  }

  /** Whether a copy onto itself changes something S3 accepts as a reason to copy. */
  private static boolean changes(ObjectRecord source, ObjectAttributes copy, CopyObjectInput in) {
    var before = source.attributes();
    return !storageClass(before).equals(storageClass(copy))
        || !Objects.equals(before.websiteRedirectLocation(), copy.websiteRedirectLocation())
        || (in.algorithm() != null && !source.checksums().containsKey(in.algorithm()));
  }

  private static String storageClass(ObjectAttributes attributes) {
    return attributes.storageClass() == null ? STANDARD : attributes.storageClass();
  }
}
