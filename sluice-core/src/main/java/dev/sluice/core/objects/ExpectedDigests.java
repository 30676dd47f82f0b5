package dev.sluice.core.objects;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The digests a client claims for a body, to verify while it is stored.
 *
 * @param contentMd5 the {@code Content-MD5} header (base64), or null
 * @param algorithm the checksum algorithm to compute and store even when no value is sent ({@code
 *     x-amz-sdk-checksum-algorithm}, {@code x-amz-checksum-algorithm}, or the trailer's), or null
 * @param headerChecksums checksum values sent as headers (base64)
 * @param trailerChecksums checksum values sent in an aws-chunked trailer; only read after the body
 *     stream reached its end
 */
public record ExpectedDigests(
    String contentMd5,
    ChecksumAlgorithm algorithm,
    Map<ChecksumAlgorithm, String> headerChecksums,
    Supplier<Map<ChecksumAlgorithm, String>> trailerChecksums) {

  public ExpectedDigests {
    headerChecksums = headerChecksums == null ? Map.of() : Map.copyOf(headerChecksums);
    trailerChecksums = trailerChecksums == null ? Map::of : trailerChecksums;
  }

  public static ExpectedDigests none() {
    return new ExpectedDigests(null, null, Map.of(), Map::of);
  }
}
