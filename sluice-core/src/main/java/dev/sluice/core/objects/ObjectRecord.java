package dev.sluice.core.objects;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored object's metadata. The bytes live in the blob store under {@code blobId}.
 *
 * @param etag S3's ETag, with its quotes: md5 hex, or md5-of-md5s plus {@code -N} after multipart
 * @param checksums the additional checksums stored with the object (base64), by algorithm
 * @param partsCount the number of parts for a multipart object, 0 otherwise
 * @param sequencer S3's hex sequencer of the change that wrote it
 * @param partSizes the sizes of a multipart object's parts in part order, for GetObject's {@code
 *     partNumber}; empty for a single-part object
 */
public record ObjectRecord(
    String bucket,
    String key,
    String blobId,
    long size,
    String etag,
    Instant lastModified,
    ObjectAttributes attributes,
    Map<ChecksumAlgorithm, String> checksums,
    int partsCount,
    String sequencer,
    List<Long> partSizes) {

  public ObjectRecord {
    checksums = Map.copyOf(checksums);
    partSizes = partSizes == null ? List.of() : List.copyOf(partSizes);
  }

  /** A record without a part layout (single-part objects, or stores that do not keep one). */
  public ObjectRecord(
      String bucket,
      String key,
      String blobId,
      long size,
      String etag,
      Instant lastModified,
      ObjectAttributes attributes,
      Map<ChecksumAlgorithm, String> checksums,
      int partsCount,
      String sequencer) {
    this(
        bucket,
        key,
        blobId,
        size,
        etag,
        lastModified,
        attributes,
        checksums,
        partsCount,
        sequencer,
        List.of());
  }
}
