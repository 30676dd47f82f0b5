package dev.sluice.aws.s3.internal;

import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.ObjectRecord;
import java.util.List;

/** The {@code Contents} and {@code CommonPrefixes} entries of ListObjects and ListObjectsV2. */
public final class ListingXml {
  private ListingXml() {}

  /** {@code owner} null leaves {@code Owner} out (ListObjectsV2 without fetch-owner). */
  public static void contents(
      XmlWriter xml, List<ObjectRecord> records, EncodingType encoding, CanonicalUser owner) {
    for (var record : records) {
      xml.start("Contents")
          .element("Key", encoding.apply(record.key()))
          .element("LastModified", HttpDates.iso8601(record.lastModified()))
          .element("ETag", record.etag());
      for (var algorithm : ChecksumAlgorithm.values()) {
        if (record.checksums().containsKey(algorithm)) {
          xml.element("ChecksumAlgorithm", algorithm.name());
        }
      }
      ChecksumXml.writeType(xml, record.checksums());
      xml.element("Size", record.size());
      if (owner != null) {
        owner.write(xml, "Owner");
      }
      xml.element("StorageClass", ObjectHeaders.storageClass(record.attributes())).end();
    }
  }

  public static void commonPrefixes(XmlWriter xml, List<String> prefixes, EncodingType encoding) {
    for (var prefix : prefixes) {
      xml.start("CommonPrefixes").element("Prefix", encoding.apply(prefix)).end();
    }
  }
}
