package dev.sluice.core.objects;

import java.time.Instant;
import java.util.Map;

/** An uploaded part of a multipart upload; its bytes are a blob of their own. */
public record Part(
    String uploadId,
    int partNumber,
    String blobId,
    long size,
    String etag,
    Instant lastModified,
    Map<ChecksumAlgorithm, String> checksums) {

  public Part {
    checksums = Map.copyOf(checksums);
  }
}
