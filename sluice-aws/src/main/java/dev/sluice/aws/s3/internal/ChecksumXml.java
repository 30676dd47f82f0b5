package dev.sluice.aws.s3.internal;

import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.ChecksumAlgorithm;
import java.util.Map;

/** Checksums as XML members: {@code <ChecksumCRC32>}, {@code <ChecksumSHA256>}, ... */
public final class ChecksumXml {
  private ChecksumXml() {}

  /** The member name of an algorithm's checksum: {@code ChecksumCRC64NVME}. */
  public static String element(ChecksumAlgorithm algorithm) {
    return "Checksum" + algorithm.name();
  }

  /** Writes each checksum in the model's member order. */
  public static void write(XmlWriter xml, Map<ChecksumAlgorithm, String> checksums) {
    for (var algorithm : ChecksumAlgorithm.values()) {
      xml.optional(element(algorithm), checksums.get(algorithm));
    }
  }

  /** Writes {@code <ChecksumType>} for the object's checksums, when it has any. */
  public static void writeType(XmlWriter xml, Map<ChecksumAlgorithm, String> checksums) {
    checksums.values().stream()
        .findFirst()
        .ifPresent(value -> xml.element("ChecksumType", ChecksumHeaders.type(value)));
  }
}
