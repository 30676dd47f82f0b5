package dev.sluice.core.functions;

/** Where a deployment package comes from. */
public sealed interface CodeSource {

  /** The zip's bytes in the request (ZipFile). */
  record Zip(byte[] bytes) implements CodeSource {}

  /** An object in Sluice's own object store (S3Bucket, S3Key, S3ObjectVersion). */
  record StoredObject(String bucket, String key, String version) implements CodeSource {}
}
