package dev.sluice.aws.s3.internal;

import dev.sluice.core.result.Failure;

/** The failures the S3 wire layer itself detects, with S3's codes, statuses and messages. */
public final class S3Errors {
  private S3Errors() {}

  public static Failure missingContentLength() {
    return Failure.of(
        "MissingContentLength", 411, "You must provide the Content-Length HTTP header.");
  }

  public static Failure notImplemented() {
    return Failure.of(
        "NotImplemented",
        501,
        "A header you provided implies functionality that is not implemented");
  }

  /** {@code resourceType}: SERVICE, BUCKET or OBJECT. */
  public static Failure methodNotAllowed(String method, String resourceType) {
    return Failure.of(
            "MethodNotAllowed", 405, "The specified method is not allowed against this resource.")
        .with("Method", method)
        .with("ResourceType", resourceType);
  }

  public static Failure invalidUri() {
    return Failure.of("InvalidURI", 400, "Couldn't parse the specified URI.");
  }

  public static Failure invalidArgument(String message, String name, String value) {
    var failure = Failure.of("InvalidArgument", 400, message).with("ArgumentName", name);
    return value == null ? failure : failure.with("ArgumentValue", value);
  }

  public static Failure invalidRequest(String message) {
    return Failure.of("InvalidRequest", 400, message);
  }

  public static Failure invalidPartNumber(String value) {
    return invalidArgument(
        "Part number must be an integer between 1 and 10000, inclusive", "partNumber", value);
  }

  public static Failure unsupportedChecksumAlgorithm() {
    return invalidRequest(
        "Checksum algorithm provided is unsupported. Please try again with any of the valid"
            + " types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]");
  }

  public static Failure invalidLocationConstraint(String value) {
    return Failure.of(
            "InvalidLocationConstraint", 400, "The specified location-constraint is not valid")
        .with("LocationConstraint", value);
  }

  public static Failure invalidStorageClass(String value) {
    return Failure.of("InvalidStorageClass", 400, "The storage class you specified is not valid")
        .with("StorageClassRequested", value);
  }

  public static Failure maxMessageLengthExceeded() {
    return Failure.of("MaxMessageLengthExceeded", 400, "Your request was too big.");
  }

  public static Failure invalidDigest() {
    return Failure.of("InvalidDigest", 400, "The Content-MD5 you specified was invalid.");
  }

  public static Failure badDigest() {
    return Failure.of(
        "BadDigest", 400, "The Content-MD5 you specified did not match what we received.");
  }

  public static Failure incompleteBody() {
    return Failure.of(
        "IncompleteBody",
        400,
        "You did not provide the number of bytes specified by the Content-Length HTTP header.");
  }
}
