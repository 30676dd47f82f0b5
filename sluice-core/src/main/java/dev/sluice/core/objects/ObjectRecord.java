package dev.sluice.core.objects;

import java.time.Instant;
import java.util.Map;

/**
 * A stored object's metadata. The bytes live in the blob store under {@code blobId}.
 *
 * @param etag S3's ETag, with its quotes: md5 hex, or md5-of-md5s plus {@code -N} after multipart
 * @param checksums the additional checksums stored with the object (base64), by algorithm
 * @param partsCount the number of parts for a multipart object, 0 otherwise
 * @param sequencer S3's hex sequencer of the change that wrote it
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
    String sequencer) {

  public ObjectRecord {
    checksums = Map.copyOf(checksums);
  }
}
