package dev.sluice.aws.s3.internal;

import dev.sluice.core.result.Result;

/**
 * Sluice's buckets are unversioned: the only version id is {@code null}, any other is S3's answer
 * for an unversioned bucket.
 */
public final class VersionIds {
  private VersionIds() {}

  public static Result<Void> check(QueryParameters query) {
    var versionId = query.first("versionId");
    if (versionId == null || versionId.equals("null")) {
      return Result.ok(null);
    }
    return Result.err(
        S3Errors.invalidArgument("Invalid version id specified", "versionId", versionId));
  }
}
