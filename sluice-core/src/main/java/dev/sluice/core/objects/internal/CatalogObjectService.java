package dev.sluice.core.objects.internal;

import dev.sluice.core.events.EventSignal;
import dev.sluice.core.objects.BlobStore;
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
import dev.sluice.core.objects.NotificationTargets;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectCatalog;
import dev.sluice.core.objects.ObjectLimits;
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
import dev.sluice.core.time.Clock;
import java.util.List;

/**
 * The object store over a catalog and a blob store, with S3's semantics and errors. Each operation
 * lives in its own class; this one wires them and answers the port.
 */
public final class CatalogObjectService implements ObjectService {

  private final BucketOperations buckets;
  private final PutObjectOperation puts;
  private final GetObjectOperation gets;
  private final CopyObjectOperation copies;
  private final DeleteObjectOperation deletes;
  private final ListObjectsOperation listings;
  private final MultipartOperations uploads;
  private final UploadPartOperation parts;
  private final CompleteMultipartOperation completions;
  private final ListUploadsOperation uploadListings;
  private final NotificationOperations notifications;

  public CatalogObjectService(
      ObjectCatalog catalog,
      BlobStore blobs,
      Clock clock,
      EventSignal signal,
      NotificationTargets targets,
      ObjectLimits limits) {
    var backend =
        new Backend(
            catalog,
            blobs,
            clock,
            signal,
            limits,
            new Sequencer(clock),
            new ObjectEvents(catalog),
            new BodyIngest(blobs));
    this.buckets = new BucketOperations(backend);
    this.puts = new PutObjectOperation(backend);
    this.gets = new GetObjectOperation(backend);
    this.copies = new CopyObjectOperation(backend);
    this.deletes = new DeleteObjectOperation(backend);
    this.listings = new ListObjectsOperation(backend);
    this.uploads = new MultipartOperations(backend);
    this.parts = new UploadPartOperation(backend);
    this.completions = new CompleteMultipartOperation(backend);
    this.uploadListings = new ListUploadsOperation(backend);
    this.notifications = new NotificationOperations(backend, targets);
  }

  @Override
  public Result<Bucket> createBucket(String bucket, String region, RequestContext context) {
    return buckets.create(bucket, region, context);
  }

  @Override
  public Result<Bucket> headBucket(String bucket) {
    return buckets.head(bucket);
  }

  @Override
  public Result<Void> deleteBucket(String bucket) {
    return buckets.delete(bucket);
  }

  @Override
  public List<Bucket> listBuckets(String account) {
    return buckets.list(account);
  }

  @Override
  public Result<ObjectRecord> putObject(PutObjectInput input) {
    return puts.put(input);
  }

  @Override
  public Result<ObjectRead> getObject(GetObjectInput input, boolean withBody) {
    return gets.get(input, withBody);
  }

  @Override
  public Result<Void> deleteObject(String bucket, String key, RequestContext context) {
    return deletes.delete(bucket, key, context);
  }

  @Override
  public Result<List<DeleteOutcome>> deleteObjects(
      String bucket, List<String> keys, RequestContext context) {
    return deletes.deleteAll(bucket, keys, context);
  }

  @Override
  public Result<ObjectRecord> copyObject(CopyObjectInput input) {
    return copies.copy(input);
  }

  @Override
  public Result<ObjectListing> listObjects(ListObjectsInput input) {
    return listings.list(input);
  }

  @Override
  public Result<MultipartUpload> createMultipartUpload(
      String bucket,
      String key,
      ObjectAttributes attributes,
      ChecksumAlgorithm algorithm,
      RequestContext context) {
    return uploads.create(bucket, key, attributes, algorithm, context);
  }

  @Override
  public Result<Part> uploadPart(UploadPartInput input) {
    return parts.upload(input);
  }

  @Override
  public Result<Part> uploadPartCopy(UploadPartCopyInput input) {
    return parts.copy(input);
  }

  @Override
  public Result<ObjectRecord> completeMultipartUpload(
      String bucket,
      String key,
      String uploadId,
      List<CompletedPart> parts,
      RequestContext context) {
    return completions.complete(bucket, key, uploadId, parts, context);
  }

  @Override
  public Result<Void> abortMultipartUpload(String bucket, String key, String uploadId) {
    return uploads.abort(bucket, key, uploadId);
  }

  @Override
  public Result<PartListing> listParts(
      String bucket, String key, String uploadId, int partNumberMarker, int maxParts) {
    return uploads.listParts(bucket, key, uploadId, partNumberMarker, maxParts);
  }

  @Override
  public Result<UploadListing> listMultipartUploads(ListUploadsInput input) {
    return uploadListings.list(input);
  }

  @Override
  public Result<Void> putNotificationConfiguration(
      String bucket, NotificationConfiguration configuration) {
    return notifications.put(bucket, configuration);
  }

  @Override
  public Result<NotificationConfiguration> getNotificationConfiguration(String bucket) {
    return notifications.get(bucket);
  }
}
