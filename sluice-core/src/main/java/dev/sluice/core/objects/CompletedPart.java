package dev.sluice.core.objects;

import java.util.Map;

/** A part named in CompleteMultipartUpload, with the checksums the client lists for it. */
public record CompletedPart(int partNumber, String etag, Map<ChecksumAlgorithm, String> checksums) {

  public CompletedPart {
    checksums = checksums == null ? Map.of() : Map.copyOf(checksums);
  }
}
