package dev.sluice.core.objects;

/**
 * The sizes S3 bounds objects and uploads by.
 *
 * @param maxPutSize the largest single PutObject, UploadPart or copy source, in bytes (5 GiB)
 * @param minPartSize the smallest part a multipart upload may have except its last (5 MiB)
 * @param maxParts the highest part number (10000)
 * @param maxKeyBytes the longest key, in UTF-8 bytes (1024)
 */
public record ObjectLimits(long maxPutSize, long minPartSize, int maxParts, int maxKeyBytes) {

  public static final long GIB = 1024L * 1024 * 1024;
  public static final long MIB = 1024L * 1024;

  public ObjectLimits {
    if (maxPutSize <= 0 || minPartSize < 0 || maxParts < 1 || maxKeyBytes < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** S3's limits. */
  public static ObjectLimits defaults() {
    return new ObjectLimits(5 * GIB, 5 * MIB, 10_000, 1024);
  }
}
