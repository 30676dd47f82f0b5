package dev.sluice.aws.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.s3.internal.xml.XmlElement;
import dev.sluice.aws.s3.internal.xml.XmlReader;
import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.CompletedPart;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the request documents of DeleteObjects, CompleteMultipartUpload and CreateBucket. */
class RequestDocumentsTest {

  private static XmlElement xml(String text) {
    return XmlReader.parse(text.getBytes(StandardCharsets.UTF_8)).value();
  }

  @Test
  void readsTheKeysToDeleteAndQuietMode() {
    var delete =
        DeleteRequestXml.parse(
                xml(
                    """
                    <Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
                      <Quiet>true</Quiet>
                      <Object><Key>a/b.txt</Key></Object>
                      <Object><Key> spaced </Key><VersionId>null</VersionId></Object>
                    </Delete>
                    """))
            .value();

    assertThat(delete.keys()).containsExactly("a/b.txt", " spaced ");
    assertThat(delete.quiet()).isTrue();
  }

  @Test
  void deleteIsVerboseUnlessQuietIsTrue() {
    var delete = DeleteRequestXml.parse(xml("<Delete><Object><Key>k</Key></Object></Delete>"));

    assertThat(delete.value().quiet()).isFalse();
  }

  @Test
  void deletingNoObjectsOrMoreThan1000OrAnObjectWithoutKeyIsMalformedXml() {
    var many = new StringBuilder("<Delete>");
    for (int i = 0; i <= 1000; i++) {
      many.append("<Object><Key>k").append(i).append("</Key></Object>");
    }
    many.append("</Delete>");

    assertThat(DeleteRequestXml.parse(xml("<Delete/>")).failure().code()).isEqualTo("MalformedXML");
    assertThat(DeleteRequestXml.parse(xml(many.toString())).failure().code())
        .isEqualTo("MalformedXML");
    assertThat(DeleteRequestXml.parse(xml("<Delete><Object/></Delete>")).failure().code())
        .isEqualTo("MalformedXML");
  }

  @Test
  void exactly1000ObjectsMayBeDeleted() {
    var many = new StringBuilder("<Delete>");
    for (int i = 0; i < 1000; i++) {
      many.append("<Object><Key>k").append(i).append("</Key></Object>");
    }

    assertThat(DeleteRequestXml.parse(xml(many.append("</Delete>").toString())).value().keys())
        .hasSize(1000);
  }

  @Test
  void readsCompletedPartsWithQuotedOrBareEtagsAndTheirChecksums() {
    var parts =
        CompleteMultipartUploadXml.parse(
                xml(
                    """
                    <CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
                      <Part><ETag>"etag1"</ETag><PartNumber>1</PartNumber>
                        <ChecksumCRC32>AAAAAA==</ChecksumCRC32></Part>
                      <Part><PartNumber>2</PartNumber><ETag>etag2</ETag></Part>
                    </CompleteMultipartUpload>
                    """))
            .value();

    assertThat(parts)
        .containsExactly(
            new CompletedPart(1, "\"etag1\"", Map.of(ChecksumAlgorithm.CRC32, "AAAAAA==")),
            new CompletedPart(2, "\"etag2\"", Map.of()));
  }

  @Test
  void anEmptyPartListOrAPartWithoutNumberIsMalformedXml() {
    assertThat(CompleteMultipartUploadXml.parse(xml("<CompleteMultipartUpload/>")).isOk())
        .isFalse();
    assertThat(
            CompleteMultipartUploadXml.parse(
                    xml(
                        "<CompleteMultipartUpload><Part><ETag>e</ETag></Part></CompleteMultipartUpload>"))
                .failure()
                .code())
        .isEqualTo("MalformedXML");
    assertThat(
            CompleteMultipartUploadXml.parse(
                    xml(
                        "<CompleteMultipartUpload><Part><PartNumber>one</PartNumber>"
                            + "<ETag>e</ETag></Part></CompleteMultipartUpload>"))
                .failure()
                .code())
        .isEqualTo("MalformedXML");
  }

  private static String region(String body) {
    var result =
        CreateBucketConfigurationXml.region(body.getBytes(StandardCharsets.UTF_8), "eu-west-1");
    return result.isOk() ? result.value() : result.failure().code();
  }

  @Test
  void theLocationConstraintNamesTheNewBucketsRegion() {
    assertThat(
            region(
                "<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                    + "<LocationConstraint>ap-south-2</LocationConstraint>"
                    + "</CreateBucketConfiguration>"))
        .isEqualTo("ap-south-2");
    assertThat(
            region(
                "<CreateBucketConfiguration><LocationConstraint>EU</LocationConstraint>"
                    + "</CreateBucketConfiguration>"))
        .isEqualTo("eu-west-1");
    assertThat(
            region(
                "<CreateBucketConfiguration><LocationConstraint/>"
                    + "</CreateBucketConfiguration>"))
        .isEqualTo("us-east-1");
  }

  @Test
  void withoutBodyOrConstraintTheBucketGoesToTheCallersRegion() {
    assertThat(region("")).isEqualTo("eu-west-1");
    assertThat(region("  \n")).isEqualTo("eu-west-1");
    assertThat(region("<CreateBucketConfiguration/>")).isEqualTo("eu-west-1");
  }

  @Test
  void aBadConfigurationIsMalformedXmlAndABadRegionInvalidLocationConstraint() {
    assertThat(region("<CreateBucketConfiguration>")).isEqualTo("MalformedXML");
    assertThat(region("<Other/>")).isEqualTo("MalformedXML");
    assertThat(
            region(
                "<CreateBucketConfiguration><LocationConstraint>mars</LocationConstraint>"
                    + "</CreateBucketConfiguration>"))
        .isEqualTo("InvalidLocationConstraint");
  }
}
