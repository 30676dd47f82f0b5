package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.Part;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What S3 computes for a completed multipart upload from its parts: the ETag (MD5 of the parts'
 * binary MD5s, then {@code -N}) and the checksum, composite ({@code <checksum of the parts'
 * checksums>-N}) for CRC32, CRC32C, SHA1 and SHA256, full-object for CRC64NVME.
 */
final class MultipartChecksums {

  private MultipartChecksums() {}

  static String etag(List<Part> parts) {
    var md5 = RunningChecksum.md5();
    for (var part : parts) {
      byte[] partMd5 = HexFormat.of().parseHex(Etags.unquote(part.etag()));
      md5.update(partMd5, 0, partMd5.length);
    }
    return Etags.quote(HexFormat.of().formatHex(md5.finish()) + "-" + parts.size());
  }

  /** The object's checksum; empty when there is no algorithm or a part lacks its checksum. */
  static Map<ChecksumAlgorithm, String> checksums(ChecksumAlgorithm algorithm, List<Part> parts) {
    if (algorithm == null || parts.stream().anyMatch(p -> !p.checksums().containsKey(algorithm))) {
      return Map.of();
    }
    String value =
        algorithm == ChecksumAlgorithm.CRC64NVME
            ? fullObjectCrc64(parts)
            : composite(algorithm, parts);
    return Map.of(algorithm, value);
  }

  private static String composite(ChecksumAlgorithm algorithm, List<Part> parts) {
    var running = RunningChecksum.start(algorithm);
    for (var part : parts) {
      byte[] value = Base64.getDecoder().decode(part.checksums().get(algorithm));
      running.update(value, 0, value.length);
    }
    return Base64.getEncoder().encodeToString(running.finish()) + "-" + parts.size();
  }

  private static String fullObjectCrc64(List<Part> parts) {
    long crc = 0;
    for (var part : parts) {
      long partCrc =
          BigEndian.value(
              Base64.getDecoder().decode(part.checksums().get(ChecksumAlgorithm.CRC64NVME)));
      crc = CrcCombiner.CRC64NVME.combine(crc, partCrc, part.size());
    }
    return Base64.getEncoder().encodeToString(BigEndian.bytes(crc, 8));
  }
}
