package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.ChecksumAlgorithm;
import java.util.Base64;
import java.util.Map;

/**
 * A committed blob and what was computed while writing it.
 *
 * @param checksum the additional checksum's value, or null when none was asked for
 */
record StoredBody(
    String blobId, long size, byte[] md5, ChecksumAlgorithm algorithm, byte[] checksum) {

  String etag() {
    return Etags.ofMd5(md5);
  }

  /** The checksums to store with the object or part (base64), by algorithm. */
  Map<ChecksumAlgorithm, String> checksums() {
    return algorithm == null
        ? Map.of()
        : Map.of(algorithm, Base64.getEncoder().encodeToString(checksum));
  }
}
