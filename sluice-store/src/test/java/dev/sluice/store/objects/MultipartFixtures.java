package dev.sluice.store.objects;

import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.Part;
import java.time.Instant;
import java.util.Map;

/** Uploads and parts for catalog tests. */
final class MultipartFixtures {
  private MultipartFixtures() {}

  static MultipartUpload upload(String uploadId, String bucket, String key, Instant initiated) {
    return new MultipartUpload(
        uploadId,
        bucket,
        key,
        initiated,
        new ObjectAttributes(null, null, null, null, null, null, null, null, Map.of("a", "b")),
        ChecksumAlgorithm.CRC32,
        "111111111111");
  }

  static Part part(String uploadId, int number, String blobId, Instant at) {
    return new Part(
        uploadId,
        number,
        blobId,
        5L * 1024 * 1024,
        "\"etag-" + blobId + "\"",
        at,
        Map.of(ChecksumAlgorithm.CRC32, "AAAAAA=="));
  }
}
