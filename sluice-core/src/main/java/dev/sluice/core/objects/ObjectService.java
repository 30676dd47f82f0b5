package dev.sluice.core.objects;

import dev.sluice.core.result.Result;
import java.util.List;

/**
 * The object store: buckets, objects, multipart uploads and bucket notifications, with S3's
 * semantics and errors. Every change that matches a bucket's notification configuration commits its
 * S3 event into the outbox in the same transaction.
 */
public interface ObjectService {

  Result<Bucket> createBucket(String bucket, String region, RequestContext context);

  Result<Bucket> headBucket(String bucket);

  Result<Void> deleteBucket(String bucket);

  List<Bucket> listBuckets(String account);

  Result<ObjectRecord> putObject(PutObjectInput input);

  /** GetObject (opens the bytes) or, with {@code withBody == false}, HeadObject. */
  Result<ObjectRead> getObject(GetObjectInput input, boolean withBody);

  /** Deletes a key; deleting a missing key succeeds, as in S3. */
  Result<Void> deleteObject(String bucket, String key, RequestContext context);

  Result<List<DeleteOutcome>> deleteObjects(
      String bucket, List<String> keys, RequestContext context);

  Result<ObjectRecord> copyObject(CopyObjectInput input);

  Result<ObjectListing> listObjects(ListObjectsInput input);

  Result<MultipartUpload> createMultipartUpload(
      String bucket,
      String key,
      ObjectAttributes attributes,
      ChecksumAlgorithm algorithm,
      RequestContext context);

  Result<Part> uploadPart(UploadPartInput input);

  Result<Part> uploadPartCopy(UploadPartCopyInput input);

  Result<ObjectRecord> completeMultipartUpload(
      String bucket,
      String key,
      String uploadId,
      List<CompletedPart> parts,
      RequestContext context);

  Result<Void> abortMultipartUpload(String bucket, String key, String uploadId);

  Result<PartListing> listParts(
      String bucket, String key, String uploadId, int partNumberMarker, int maxParts);

  Result<UploadListing> listMultipartUploads(ListUploadsInput input);

  Result<Void> putNotificationConfiguration(String bucket, NotificationConfiguration configuration);

  Result<NotificationConfiguration> getNotificationConfiguration(String bucket);
}
