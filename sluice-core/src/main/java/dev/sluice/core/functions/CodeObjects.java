package dev.sluice.core.functions;

import dev.sluice.core.result.Result;

/**
 * Reads a deployment package from Sluice's own object store (CreateFunction and UpdateFunctionCode
 * with S3Bucket/S3Key). The composition root connects it to the objects service.
 */
@FunctionalInterface
public interface CodeObjects {

  /**
   * The object's bytes, or Lambda's failure when it cannot be read.
   *
   * @param version the S3ObjectVersion, or null
   */
  Result<byte[]> read(String bucket, String key, String version);

  static CodeObjects none() {
    return (bucket, key, version) ->
        Result.err(
            dev.sluice.core.result.Failure.of(
                "InvalidParameterValueException",
                400,
                "Error occurred while GetObject. S3 Error Code: NoSuchBucket. S3 Error Message: The"
                    + " specified bucket does not exist"));
  }
}
