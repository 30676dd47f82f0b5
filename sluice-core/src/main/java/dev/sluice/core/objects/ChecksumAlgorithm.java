package dev.sluice.core.objects;

import java.util.Locale;
import java.util.Optional;

/** The additional checksums S3 computes and verifies ({@code x-amz-checksum-*}). */
public enum ChecksumAlgorithm {
  CRC32,
  CRC32C,
  CRC64NVME,
  SHA1,
  SHA256;

  /** The header suffix: {@code x-amz-checksum-crc32c}. */
  public String headerName() {
    return "x-amz-checksum-" + name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ChecksumAlgorithm> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (var a : values()) {
      if (a.name().equalsIgnoreCase(name.trim())) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
