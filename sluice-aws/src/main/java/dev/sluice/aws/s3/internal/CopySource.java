package dev.sluice.aws.s3.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;

/**
 * The {@code x-amz-copy-source} header: {@code bucket/key} or {@code /bucket/key}, URL-encoded,
 * with an optional {@code ?versionId=}. Without versioning the only version is {@code null}.
 */
public record CopySource(String bucket, String key) {
  private static final String VERSION = "?versionId=";

  public static Result<CopySource> parse(String header) {
    if (header == null) {
      return Result.err(invalid(null));
    }
    var value = header.startsWith("/") ? header.substring(1) : header;
    int version = value.indexOf(VERSION);
    if (version >= 0) {
      var versionId = value.substring(version + VERSION.length());
      if (!versionId.equals("null")) {
        return Result.err(
            S3Errors.invalidArgument("Invalid version id specified", "versionId", versionId));
      }
      value = value.substring(0, version);
    }
    int slash = value.indexOf('/');
    if (slash <= 0 || slash == value.length() - 1) {
      return Result.err(invalid(header));
    }
    var bucket = UriDecoding.path(value.substring(0, slash));
    var key = UriDecoding.path(value.substring(slash + 1));
    if (!bucket.isOk() || !key.isOk()) {
      return Result.err(invalid(header));
    }
    return Result.ok(new CopySource(bucket.value(), key.value()));
  }

  private static Failure invalid(String header) {
    return S3Errors.invalidArgument(
        "Copy Source must mention the source bucket and key: sourcebucket/sourcekey",
        "x-amz-copy-source",
        header);
  }
}
