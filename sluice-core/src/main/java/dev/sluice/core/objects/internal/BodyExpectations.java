package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.ExpectedDigests;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a body must match, decoded and checked before the first byte is read.
 *
 * @param md5 the decoded {@code Content-MD5}, or null
 * @param contentMd5 the header as sent, for the error's details
 * @param algorithm the additional checksum to compute, or null
 * @param headerValue the checksum value sent as a header, or null
 */
record BodyExpectations(
    byte[] md5,
    String contentMd5,
    ChecksumAlgorithm algorithm,
    byte[] headerValue,
    Supplier<Map<ChecksumAlgorithm, String>> trailers) {

  /**
   * Reads the client's digests; {@code required} is the algorithm the body must carry (a multipart
   * upload's), or null.
   */
  static Result<BodyExpectations> of(ExpectedDigests digests, ChecksumAlgorithm required) {
    byte[] md5 = null;
    if (digests.contentMd5() != null) {
      md5 = decode(digests.contentMd5(), 16).orElse(null);
      if (md5 == null) {
        return Result.err(S3Failures.invalidDigest(digests.contentMd5()));
      }
    }
    if (digests.headerChecksums().size() > 1) {
      return Result.err(S3Failures.multipleChecksums());
    }
    ChecksumAlgorithm sent = digests.headerChecksums().keySet().stream().findFirst().orElse(null);
    var algorithm = agreeing(required, agreeing(digests.algorithm(), sent));
    if (algorithm.failure != null) {
      return Result.err(algorithm.failure);
    }
    byte[] headerValue = null;
    if (sent != null) {
      headerValue =
          decode(digests.headerChecksums().get(sent), RunningChecksum.length(sent)).orElse(null);
      if (headerValue == null) {
        return Result.err(S3Failures.invalidChecksumHeader(sent));
      }
    }
    return Result.ok(
        new BodyExpectations(
            md5, digests.contentMd5(), algorithm.value, headerValue, digests.trailerChecksums()));
  }

  /** The base64 value decoded, if it is base64 of exactly {@code length} bytes. */
  static Optional<byte[]> decode(String base64, int length) {
    try {
      byte[] bytes = Base64.getDecoder().decode(base64.trim());
      return bytes.length == length ? Optional.of(bytes) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Agreement agreeing(ChecksumAlgorithm expected, ChecksumAlgorithm actual) {
    return agreeing(expected, new Agreement(actual, null));
  }

  private static Agreement agreeing(ChecksumAlgorithm expected, Agreement actual) {
    if (actual.failure != null || expected == null) {
      return actual;
    }
    if (actual.value != null && actual.value != expected) {
      return new Agreement(null, S3Failures.checksumTypeMismatch(expected, actual.value));
    }
    return new Agreement(expected, null);
  }

  private record Agreement(ChecksumAlgorithm value, Failure failure) {}
}
