package dev.sluice.aws.s3.operations;

import dev.sluice.aws.s3.internal.S3Operation;
import dev.sluice.core.objects.ObjectService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** One binding per operation, created once; a new operation fails to compile until bound. */
public final class S3Bindings {
  private final Map<S3Operation, S3Binding> bindings = new EnumMap<>(S3Operation.class);

  public S3Bindings(ObjectService objects) {
    for (var operation : S3Operation.values()) {
      bindings.put(operation, create(operation, objects));
    }
  }

  public S3Binding get(S3Operation operation) {
    return bindings.get(operation);
  }

  private static S3Binding create(S3Operation operation, ObjectService objects) {
    return switch (operation) {
      case CREATE_BUCKET -> new CreateBucket(objects);
      case HEAD_BUCKET -> new HeadBucket(objects);
      case DELETE_BUCKET -> new DeleteBucket(objects);
      case LIST_BUCKETS -> new ListBuckets(objects);
      case GET_BUCKET_LOCATION -> new GetBucketLocation(objects);
      case PUT_OBJECT -> new PutObject(objects);
      case GET_OBJECT -> new GetObject(objects);
      case HEAD_OBJECT -> new HeadObject(objects);
      case DELETE_OBJECT -> new DeleteObject(objects);
      case DELETE_OBJECTS -> new DeleteObjects(objects);
      case COPY_OBJECT -> new CopyObject(objects);
      case LIST_OBJECTS_V2 -> new ListObjectsV2(objects);
      case LIST_OBJECTS -> new ListObjects(objects);
      case CREATE_MULTIPART_UPLOAD -> new CreateMultipartUpload(objects);
      case UPLOAD_PART -> new UploadPart(objects);
      case UPLOAD_PART_COPY -> new UploadPartCopy(objects);
      case COMPLETE_MULTIPART_UPLOAD -> new CompleteMultipartUpload(objects);
      case ABORT_MULTIPART_UPLOAD -> new AbortMultipartUpload(objects);
      case LIST_PARTS -> new ListParts(objects);
      case LIST_MULTIPART_UPLOADS -> new ListMultipartUploads(objects);
      case PUT_BUCKET_NOTIFICATION_CONFIGURATION ->
          new PutBucketNotificationConfiguration(objects, S3Bindings::notificationId);
      case GET_BUCKET_NOTIFICATION_CONFIGURATION -> new GetBucketNotificationConfiguration(objects);
    };
  }

  /** S3's generated configuration ids look like the base64 of a UUID's text. */
  private static String notificationId() {
    var text = UUID.randomUUID().toString();
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
