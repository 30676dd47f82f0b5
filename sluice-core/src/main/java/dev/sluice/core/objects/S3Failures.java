package dev.sluice.core.objects;

import dev.sluice.core.result.Failure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** S3's errors: codes, HTTP statuses, messages and the extra fields S3 puts into the body. */
public final class S3Failures {

  private S3Failures() {}

  public static Failure noSuchBucket(String bucket) {
    return Failure.of("NoSuchBucket", 404, "The specified bucket does not exist")
        .with("BucketName", bucket);
  }

  public static Failure noSuchKey(String key) {
    return Failure.of("NoSuchKey", 404, "The specified key does not exist.").with("Key", key);
  }

  public static Failure noSuchUpload(String uploadId) {
    return Failure.of(
            "NoSuchUpload",
            404,
            "The specified upload does not exist. The upload ID may be invalid, or the upload may"
                + " have been aborted or completed.")
        .with("UploadId", uploadId);
  }

  public static Failure invalidBucketName(String bucket) {
    return Failure.of("InvalidBucketName", 400, "The specified bucket is not valid.")
        .with("BucketName", bucket);
  }

  public static Failure bucketAlreadyExists(String bucket) {
    return Failure.of(
            "BucketAlreadyExists",
            409,
            "The requested bucket name is not available. The bucket namespace is shared by all"
                + " users of the system. Please select a different name and try again.")
        .with("BucketName", bucket);
  }

  public static Failure bucketAlreadyOwnedByYou(String bucket) {
    return Failure.of(
            "BucketAlreadyOwnedByYou",
            409,
            "Your previous request to create the named bucket succeeded and you already own it.")
        .with("BucketName", bucket);
  }

  public static Failure bucketNotEmpty(String bucket) {
    return Failure.of("BucketNotEmpty", 409, "The bucket you tried to delete is not empty")
        .with("BucketName", bucket);
  }

  public static Failure keyTooLong(long size, long max) {
    return Failure.of("KeyTooLongError", 400, "Your key is too long")
        .with("Size", Long.toString(size))
        .with("MaxSizeAllowed", Long.toString(max));
  }

  public static Failure entityTooLarge(long proposed, long max) {
    return Failure.of(
            "EntityTooLarge", 400, "Your proposed upload exceeds the maximum allowed size")
        .with("ProposedSize", Long.toString(proposed))
        .with("MaxSizeAllowed", Long.toString(max));
  }

  public static Failure entityTooSmall(long proposed, long min, int partNumber, String etag) {
    return Failure.of(
            "EntityTooSmall", 400, "Your proposed upload is smaller than the minimum allowed size")
        .with("ProposedSize", Long.toString(proposed))
        .with("MinSizeAllowed", Long.toString(min))
        .with("PartNumber", Integer.toString(partNumber))
        .with("ETag", etag);
  }

  public static Failure incompleteBody() {
    return Failure.of(
        "IncompleteBody",
        400,
        "You did not provide the number of bytes specified by the Content-Length HTTP header");
  }

  public static Failure invalidDigest(String contentMd5) {
    return Failure.of("InvalidDigest", 400, "The Content-MD5 you specified is not valid.")
        .with("Content-MD5", contentMd5);
  }

  public static Failure badDigest(String expected, String calculated) {
    return Failure.of(
            "BadDigest", 400, "The Content-MD5 you specified did not match what we received.")
        .with("ExpectedDigest", expected)
        .with("CalculatedDigest", calculated);
  }

  /** A checksum header or trailer that does not match the bytes. */
  public static Failure checksumMismatch(ChecksumAlgorithm algorithm) {
    return Failure.of(
        "BadDigest",
        400,
        "The " + algorithm.name() + " you specified did not match the calculated checksum.");
  }

  /** A checksum header whose value is not the base64 of a value of the algorithm's size. */
  public static Failure invalidChecksumHeader(ChecksumAlgorithm algorithm) {
    return invalidRequest("Value for " + algorithm.headerName() + " header is invalid.");
  }

  /** A checksum trailer whose value is not the base64 of a value of the algorithm's size. */
  public static Failure invalidChecksumTrailer(ChecksumAlgorithm algorithm) {
    return invalidRequest("Value for " + algorithm.headerName() + " trailing header is invalid.");
  }

  public static Failure multipleChecksums() {
    return invalidRequest(
        "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.");
  }

  /** The checksum sent is of another algorithm than the one announced or the upload's. */
  public static Failure checksumTypeMismatch(ChecksumAlgorithm expected, ChecksumAlgorithm actual) {
    return invalidRequest(
        "Checksum Type mismatch occurred, expected checksum Type: "
            + lower(expected)
            + ", actual checksum Type: "
            + lower(actual));
  }

  /** A precondition ({@code If-Match}, {@code x-amz-copy-source-If-Match}, ...) failed. */
  public static Failure preconditionFailed(String condition) {
    return Failure.of(
            "PreconditionFailed",
            412,
            "At least one of the pre-conditions you specified did not hold")
        .with("Condition", condition);
  }

  /** {@code If-None-Match} or {@code If-Modified-Since} of a read: 304, no body. */
  public static Failure notModified() {
    return Failure.of("NotModified", 304, "Not Modified");
  }

  public static Failure invalidRange(String requested, long objectSize) {
    return Failure.of("InvalidRange", 416, "The requested range is not satisfiable")
        .with("RangeRequested", requested)
        .with("ActualObjectSize", Long.toString(objectSize));
  }

  public static Failure invalidPartNumber(int requested, int partsCount) {
    return Failure.of("InvalidPartNumber", 416, "The requested partnumber is not satisfiable")
        .with("PartNumberRequested", Integer.toString(requested))
        .with("ActualPartCount", Integer.toString(partsCount));
  }

  public static Failure rangeWithPartNumber() {
    return invalidRequest("Cannot specify both Range header and partNumber query parameter");
  }

  /** A part number outside 1..{@code maxParts}. */
  public static Failure partNumberOutOfRange(int partNumber, int maxParts) {
    return Failure.of(
            "InvalidArgument",
            400,
            "Part number must be an integer between 1 and " + maxParts + ", inclusive")
        .with("ArgumentName", "partNumber")
        .with("ArgumentValue", Integer.toString(partNumber));
  }

  public static Failure copyToItself() {
    return invalidRequest(
        "This copy request is illegal because it is trying to copy an object to itself without"
            + " changing the object's metadata, storage class, website redirect location or"
            + " encryption attributes.");
  }

  public static Failure copySourceTooLarge(long max) {
    return invalidRequest(
        "The specified copy source is larger than the maximum allowable size for a copy source: "
            + max);
  }

  /** An {@code x-amz-copy-source-range} outside the source object. */
  public static Failure invalidCopySourceRange(long sourceSize) {
    return Failure.of(
        "InvalidArgument",
        400,
        "Range specified is not valid for source object of size: " + sourceSize);
  }

  public static Failure malformedXml() {
    return Failure.of(
        "MalformedXML",
        400,
        "The XML you provided was not well-formed or did not validate against our published"
            + " schema");
  }

  public static Failure invalidPart(String uploadId, int partNumber, String etag) {
    return Failure.of(
            "InvalidPart",
            400,
            "One or more of the specified parts could not be found.  The part may not have been"
                + " uploaded, or the specified entity tag may not have matched the part's entity"
                + " tag.")
        .with("UploadId", uploadId)
        .with("PartNumber", Integer.toString(partNumber))
        .with("ETag", etag);
  }

  public static Failure invalidPartOrder(String uploadId) {
    return Failure.of(
            "InvalidPartOrder",
            400,
            "The list of parts was not in ascending order. Parts must be ordered by part number.")
        .with("UploadId", uploadId);
  }

  public static Failure unsupportedEvent(String event) {
    return Failure.of("InvalidArgument", 400, "The event is not supported for notifications")
        .with("ArgumentName", "Event")
        .with("ArgumentValue", event);
  }

  public static Failure ambiguousNotification() {
    return Failure.of(
        "InvalidArgument",
        400,
        "Configuration is ambiguously defined. Cannot have overlapping suffixes in two rules if"
            + " the prefixes are overlapping for the same event type.");
  }

  /** A filter rule named other than {@code prefix} or {@code suffix}. */
  public static Failure invalidFilterRuleName(String name) {
    var failure =
        Failure.of("InvalidArgument", 400, "filter rule name must be either prefix or suffix")
            .with("ArgumentName", "FilterRule.Name");
    return name == null ? failure : failure.with("ArgumentValue", name);
  }

  /** Two {@code prefix} (or two {@code suffix}) rules in one filter. */
  public static Failure repeatedFilterRule(String name) {
    return Failure.of(
            "InvalidArgument",
            400,
            "Cannot specify more than one "
                + name.trim().toLowerCase(Locale.ROOT)
                + " rule in a filter.")
        .with("ArgumentName", "FilterRule.Name")
        .with("ArgumentValue", name);
  }

  /**
   * Destinations S3 could not validate, each with S3's reason, numbered as S3 numbers them ({@code
   * ArgumentName1}, {@code ArgumentValue1}, ...).
   */
  public static Failure unvalidatedDestinations(List<Map.Entry<String, String>> arnsAndReasons) {
    var details = new LinkedHashMap<String, String>();
    for (int i = 0; i < arnsAndReasons.size(); i++) {
      details.put("ArgumentName" + (i + 1), arnsAndReasons.get(i).getKey());
      details.put("ArgumentValue" + (i + 1), arnsAndReasons.get(i).getValue());
    }
    return new Failure(
        "InvalidArgument",
        400,
        "Unable to validate the following destination configurations",
        details);
  }

  /** A header whose value asks for something S3 does not do, e.g. {@code If-None-Match: "x"}. */
  public static Failure notImplemented(String header) {
    return Failure.of(
            "NotImplemented",
            501,
            "A header you provided implies functionality that is not implemented")
        .with("Header", header);
  }

  public static Failure invalidRequest(String message) {
    return Failure.of("InvalidRequest", 400, message);
  }

  public static Failure internalError() {
    return Failure.of("InternalError", 500, "We encountered an internal error. Please try again.");
  }

  private static String lower(ChecksumAlgorithm algorithm) {
    return algorithm.name().toLowerCase(Locale.ROOT);
  }
}
