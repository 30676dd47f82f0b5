package dev.sluice.aws.s3.support;

import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.CompletedPart;
import dev.sluice.core.objects.CopyObjectInput;
import dev.sluice.core.objects.DeleteOutcome;
import dev.sluice.core.objects.GetObjectInput;
import dev.sluice.core.objects.ListObjectsInput;
import dev.sluice.core.objects.ListUploadsInput;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.NotificationConfiguration;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectListing;
import dev.sluice.core.objects.ObjectRead;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.ObjectService;
import dev.sluice.core.objects.Part;
import dev.sluice.core.objects.PartListing;
import dev.sluice.core.objects.PutObjectInput;
import dev.sluice.core.objects.RequestContext;
import dev.sluice.core.objects.UploadListing;
import dev.sluice.core.objects.UploadPartCopyInput;
import dev.sluice.core.objects.UploadPartInput;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Stands in for the object store (built elsewhere): records what the wire layer asked for and
 * answers with what the test set up. It tests the mapping between wire and service, not storage.
 */
public final class RecordingObjectService implements ObjectService {
  public static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

  public final List<Object> calls = new ArrayList<>();

  public Result<Bucket> bucket = Result.ok(new Bucket("bucket", "000000000000", "eu-west-1", T0));
  public List<Bucket> buckets = List.of();
  public Result<ObjectRecord> record = Result.ok(record("key", 11));
  public Function<GetObjectInput, Result<ObjectRead>> read =
      in -> Result.ok(new ObjectRead(record("key", 11), 0, 11, false, null));
  public Result<List<DeleteOutcome>> deleted = Result.ok(List.of());
  public Result<ObjectListing> listing =
      Result.ok(new ObjectListing(List.of(), List.of(), false, null));
  public Result<MultipartUpload> upload = Result.ok(upload("key"));
  public Result<Part> part =
      Result.ok(new Part("UPLOAD-1", 1, "blob-p1", 5, "\"p1etag\"", T0, Map.of()));
  public Result<PartListing> parts;
  public Result<UploadListing> uploads =
      Result.ok(new UploadListing(List.of(), List.of(), false, null, null));
  public Result<NotificationConfiguration> notifications =
      Result.ok(NotificationConfiguration.empty());
  public Result<Void> done = Result.ok(null);

  public record CreateBucketCall(String bucket, String region, RequestContext context) {}

  public record DeleteObjectCall(String bucket, String key, RequestContext context) {}

  public record DeleteObjectsCall(String bucket, List<String> keys, RequestContext context) {}

  public record CreateUploadCall(
      String bucket,
      String key,
      ObjectAttributes attributes,
      ChecksumAlgorithm algorithm,
      RequestContext context) {}

  public record CompleteCall(
      String bucket,
      String key,
      String uploadId,
      List<CompletedPart> parts,
      RequestContext context) {}

  public record ListPartsCall(String bucket, String key, String uploadId, int marker, int max) {}

  public record NotificationCall(String bucket, NotificationConfiguration configuration) {}

  public static ObjectRecord record(String key, long size) {
    return new ObjectRecord(
        "bucket",
        key,
        "blob-1",
        size,
        "\"5eb63bbbe01eeed093cb22bb8f5acdc3\"",
        T0,
        ObjectAttributes.none(),
        Map.of(),
        0,
        "0055AED6DCD90281E5");
  }

  public static MultipartUpload upload(String key) {
    return new MultipartUpload(
        "UPLOAD-1", "bucket", key, T0, ObjectAttributes.none(), null, "000000000000");
  }

  /** The last call of this type. */
  public <T> T last(Class<T> type) {
    for (int i = calls.size() - 1; i >= 0; i--) {
      if (type.isInstance(calls.get(i))) {
        return type.cast(calls.get(i));
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " call in " + calls);
  }

  @Override
  public Result<Bucket> createBucket(String bucket, String region, RequestContext context) {
    calls.add(new CreateBucketCall(bucket, region, context));
    return Result.ok(new Bucket(bucket, context.account(), region, T0));
  }

  @Override
  public Result<Bucket> headBucket(String name) {
    return bucket;
  }

  @Override
  public Result<Void> deleteBucket(String name) {
    calls.add("deleteBucket " + name);
    return done;
  }

  @Override
  public List<Bucket> listBuckets(String account) {
    calls.add("listBuckets " + account);
    return buckets;
  }

  @Override
  public Result<ObjectRecord> putObject(PutObjectInput input) {
    calls.add(input);
    return record;
  }

  @Override
  public Result<ObjectRead> getObject(GetObjectInput input, boolean withBody) {
    calls.add(input);
    return read.apply(input);
  }

  @Override
  public Result<Void> deleteObject(String bucket, String key, RequestContext context) {
    calls.add(new DeleteObjectCall(bucket, key, context));
    return done;
  }

  @Override
  public Result<List<DeleteOutcome>> deleteObjects(
      String bucket, List<String> keys, RequestContext context) {
    calls.add(new DeleteObjectsCall(bucket, keys, context));
    return deleted;
  }

  @Override
  public Result<ObjectRecord> copyObject(CopyObjectInput input) {
    calls.add(input);
    return record;
  }

  @Override
  public Result<ObjectListing> listObjects(ListObjectsInput input) {
    calls.add(input);
    return listing;
  }

  @Override
  public Result<MultipartUpload> createMultipartUpload(
      String bucket,
      String key,
      ObjectAttributes attributes,
      ChecksumAlgorithm algorithm,
      RequestContext context) {
    calls.add(new CreateUploadCall(bucket, key, attributes, algorithm, context));
    return upload;
  }

  @Override
  public Result<Part> uploadPart(UploadPartInput input) {
    calls.add(input);
    return part;
  }

  @Override
  public Result<Part> uploadPartCopy(UploadPartCopyInput input) {
    calls.add(input);
    return part;
  }

  @Override
  public Result<ObjectRecord> completeMultipartUpload(
      String bucket,
      String key,
      String uploadId,
      List<CompletedPart> completed,
      RequestContext context) {
    calls.add(new CompleteCall(bucket, key, uploadId, completed, context));
    return record;
  }

  @Override
  public Result<Void> abortMultipartUpload(String bucket, String key, String uploadId) {
    calls.add("abort " + uploadId);
    return done;
  }

  @Override
  public Result<PartListing> listParts(
      String bucket, String key, String uploadId, int partNumberMarker, int maxParts) {
    calls.add(new ListPartsCall(bucket, key, uploadId, partNumberMarker, maxParts));
    return parts;
  }

  @Override
  public Result<UploadListing> listMultipartUploads(ListUploadsInput input) {
    calls.add(input);
    return uploads;
  }

  @Override
  public Result<Void> putNotificationConfiguration(
      String bucket, NotificationConfiguration configuration) {
    calls.add(new NotificationCall(bucket, configuration));
    return done;
  }

  @Override
  public Result<NotificationConfiguration> getNotificationConfiguration(String bucket) {
    return notifications;
  }
}
