package dev.sluice.aws.s3.internal;

import dev.sluice.core.result.Result;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the operation from the method, whether a bucket and a key are addressed, the query's
 * subresource markers and the {@code x-amz-copy-source} header. Other query parameters (such as
 * presigned URLs' {@code X-Amz-*} or the SDKs' {@code x-id}) do not take part.
 */
public final class OperationSelector {

  /** Bucket subresources real SDKs call that Sluice does not implement (yet). */
  public static final List<String> UNIMPLEMENTED_BUCKET_SUBRESOURCES =
      List.of(
          "accelerate",
          "acl",
          "analytics",
          "cors",
          "encryption",
          "intelligent-tiering",
          "inventory",
          "lifecycle",
          "logging",
          "metadataTable",
          "metrics",
          "object-lock",
          "ownershipControls",
          "policy",
          "policyStatus",
          "publicAccessBlock",
          "replication",
          "requestPayment",
          "tagging",
          "versioning",
          "versions",
          "website");

  /** Object subresources real SDKs call that Sluice does not implement (yet). */
  public static final List<String> UNIMPLEMENTED_OBJECT_SUBRESOURCES =
      List.of(
          "acl",
          "attributes",
          "legal-hold",
          "restore",
          "retention",
          "select",
          "tagging",
          "torrent");

  private OperationSelector() {}

  public static Result<S3Operation> select(S3Request request) {
    if (request.bucket() == null) {
      return request.method().equals("GET")
          ? Result.ok(S3Operation.LIST_BUCKETS)
          : Result.err(S3Errors.methodNotAllowed(request.method(), "SERVICE"));
    }
    return request.key() == null ? bucketOperation(request) : objectOperation(request);
  }

  /**
   * A request without key is bucket-level, as in S3 ({@code GET /bucket/} lists). Object-only
   * markers on it (an empty key given to PutObject, CopyObject or the multipart operations) are
   * refused rather than read as CreateBucket or DeleteBucket.
   */
  private static Result<S3Operation> bucketOperation(S3Request request) {
    var q = request.query();
    if (!request.method().equals("HEAD")
        && UNIMPLEMENTED_BUCKET_SUBRESOURCES.stream().anyMatch(q::has)) {
      return Result.err(S3Errors.notImplemented());
    }
    return switch (request.method()) {
      case "GET" -> Result.ok(bucketGet(q));
      case "HEAD" -> Result.ok(S3Operation.HEAD_BUCKET);
      case "PUT" -> bucketPut(request);
      case "DELETE" ->
          hasAny(q, "location", "notification", "uploads", "delete", "uploadId", "versionId")
              ? Result.err(S3Errors.methodNotAllowed("DELETE", "BUCKET"))
              : Result.ok(S3Operation.DELETE_BUCKET);
      case "POST" -> bucketPost(request);
      default -> Result.err(S3Errors.methodNotAllowed(request.method(), "BUCKET"));
    };
  }

  private static S3Operation bucketGet(QueryParameters q) {
    if (q.has("location")) {
      return S3Operation.GET_BUCKET_LOCATION;
    }
    if (q.has("notification")) {
      return S3Operation.GET_BUCKET_NOTIFICATION_CONFIGURATION;
    }
    if (q.has("uploads")) {
      return S3Operation.LIST_MULTIPART_UPLOADS;
    }
    return "2".equals(q.first("list-type"))
        ? S3Operation.LIST_OBJECTS_V2
        : S3Operation.LIST_OBJECTS;
  }

  private static Result<S3Operation> bucketPut(S3Request request) {
    var q = request.query();
    if (q.has("notification")) {
      return Result.ok(S3Operation.PUT_BUCKET_NOTIFICATION_CONFIGURATION);
    }
    boolean objectOperation =
        request.headers().has("x-amz-copy-source") || hasAny(q, "uploadId", "partNumber");
    return objectOperation || hasAny(q, "location", "uploads", "delete")
        ? Result.err(S3Errors.methodNotAllowed("PUT", "BUCKET"))
        : Result.ok(S3Operation.CREATE_BUCKET);
  }

  private static Result<S3Operation> bucketPost(S3Request request) {
    if (request.query().has("delete")) {
      return Result.ok(S3Operation.DELETE_OBJECTS);
    }
    var contentType = request.header("Content-Type");
    if (contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return Result.err(S3Errors.notImplemented());
    }
    return Result.err(S3Errors.methodNotAllowed("POST", "BUCKET"));
  }

  private static Result<S3Operation> objectOperation(S3Request request) {
    var q = request.query();
    if (!request.method().equals("HEAD")
        && UNIMPLEMENTED_OBJECT_SUBRESOURCES.stream().anyMatch(q::has)) {
      return Result.err(S3Errors.notImplemented());
    }
    return switch (request.method()) {
      case "GET" -> Result.ok(q.has("uploadId") ? S3Operation.LIST_PARTS : S3Operation.GET_OBJECT);
      case "HEAD" -> Result.ok(S3Operation.HEAD_OBJECT);
      case "PUT" -> objectPut(request);
      case "POST" -> objectPost(request);
      case "DELETE" ->
          Result.ok(
              q.has("uploadId") ? S3Operation.ABORT_MULTIPART_UPLOAD : S3Operation.DELETE_OBJECT);
      default -> Result.err(S3Errors.methodNotAllowed(request.method(), "OBJECT"));
    };
  }

  private static Result<S3Operation> objectPut(S3Request request) {
    boolean copy = request.headers().has("x-amz-copy-source");
    if (request.query().has("uploadId")) {
      return Result.ok(copy ? S3Operation.UPLOAD_PART_COPY : S3Operation.UPLOAD_PART);
    }
    if (request.query().has("uploads")) {
      return Result.err(S3Errors.methodNotAllowed("PUT", "OBJECT"));
    }
    return Result.ok(copy ? S3Operation.COPY_OBJECT : S3Operation.PUT_OBJECT);
  }

  private static boolean hasAny(QueryParameters q, String... names) {
    for (var name : names) {
      if (q.has(name)) {
        return true;
      }
    }
    return false;
  }

  private static Result<S3Operation> objectPost(S3Request request) {
    var q = request.query();
    if (q.has("uploads")) {
      return Result.ok(S3Operation.CREATE_MULTIPART_UPLOAD);
    }
    if (q.has("uploadId")) {
      return Result.ok(S3Operation.COMPLETE_MULTIPART_UPLOAD);
    }
    return Result.err(S3Errors.methodNotAllowed("POST", "OBJECT"));
  }
}
