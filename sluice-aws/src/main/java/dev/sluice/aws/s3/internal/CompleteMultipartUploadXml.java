package dev.sluice.aws.s3.internal;

import dev.sluice.aws.s3.internal.xml.XmlElement;
import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.CompletedPart;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * CompleteMultipartUpload's {@code <CompleteMultipartUpload><Part><PartNumber/><ETag/>
 * <ChecksumCRC32/>...</Part>...</CompleteMultipartUpload>}. ETags are taken with or without their
 * quotes and passed on quoted, as S3 stores them.
 */
public final class CompleteMultipartUploadXml {
  public static final String ROOT = "CompleteMultipartUpload";

  private CompleteMultipartUploadXml() {}

  public static Result<List<CompletedPart>> parse(XmlElement root) {
    var parts = root.children("Part");
    if (parts.isEmpty()) {
      return Result.err(S3Failures.malformedXml());
    }
    var result = new ArrayList<CompletedPart>(parts.size());
    for (var part : parts) {
      var number = part.childText("PartNumber");
      var etag = part.childText("ETag");
      if (number == null || etag == null) {
        return Result.err(S3Failures.malformedXml());
      }
      try {
        result.add(
            new CompletedPart(
                Integer.parseInt(number.trim()), quoted(etag.trim()), checksums(part)));
      } catch (NumberFormatException e) {
        return Result.err(S3Failures.malformedXml());
      }
    }
    return Result.ok(result);
  }

  private static EnumMap<ChecksumAlgorithm, String> checksums(XmlElement part) {
    var checksums = new EnumMap<ChecksumAlgorithm, String>(ChecksumAlgorithm.class);
    for (var algorithm : ChecksumAlgorithm.values()) {
      var value = part.childText(ChecksumXml.element(algorithm));
      if (value != null) {
        checksums.put(algorithm, value.trim());
      }
    }
    return checksums;
  }

  static String quoted(String etag) {
    return etag.startsWith("\"") ? etag : "\"" + etag + "\"";
  }
}
