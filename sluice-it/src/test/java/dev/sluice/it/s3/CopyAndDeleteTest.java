package dev.sluice.it.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;

@ExtendWith(SluiceExtension.class)
class CopyAndDeleteTest {
  static S3Client s3;

  @BeforeAll
  static void bucket(URI endpoint) {
    s3 = S3Clients.s3(endpoint);
    s3.createBucket(b -> b.bucket("copies"));
  }

  @Test
  void aCopyKeepsBytesAndMetadataUnlessReplaced() {
    s3.putObject(
        b -> b.bucket("copies").key("src key+1").metadata(Map.of("a", "1")).contentType("text/x"),
        RequestBody.fromString("payload"));
    s3.copyObject(
        b ->
            b.sourceBucket("copies")
                .sourceKey("src key+1")
                .destinationBucket("copies")
                .destinationKey("kept"));
    var kept = s3.getObjectAsBytes(b -> b.bucket("copies").key("kept"));
    assertThat(kept.asUtf8String()).isEqualTo("payload");
    assertThat(kept.response().metadata()).containsEntry("a", "1");
    assertThat(kept.response().contentType()).isEqualTo("text/x");

    s3.copyObject(
        b ->
            b.sourceBucket("copies")
                .sourceKey("src key+1")
                .destinationBucket("copies")
                .destinationKey("replaced")
                .metadataDirective(MetadataDirective.REPLACE)
                .metadata(Map.of("b", "2")));
    var replaced = s3.headObject(b -> b.bucket("copies").key("replaced"));
    assertThat(replaced.metadata()).containsOnlyKeys("b");
  }

  @Test
  void copyingAnObjectOntoItselfWithoutChangesIsInvalidRequest() {
    s3.putObject(b -> b.bucket("copies").key("self"), RequestBody.fromString("x"));
    assertThatThrownBy(
            () ->
                s3.copyObject(
                    b ->
                        b.sourceBucket("copies")
                            .sourceKey("self")
                            .destinationBucket("copies")
                            .destinationKey("self")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRequest"));
  }

  @Test
  void aConditionalCopyWithAStaleEtagIsPreconditionFailed() {
    s3.putObject(b -> b.bucket("copies").key("cond-src"), RequestBody.fromString("x"));
    assertThatThrownBy(
            () ->
                s3.copyObject(
                    b ->
                        b.sourceBucket("copies")
                            .sourceKey("cond-src")
                            .destinationBucket("copies")
                            .destinationKey("cond-dst")
                            .copySourceIfMatch("\"stale\"")))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(412));
  }

  @Test
  void deleteObjectRemovesAKeyAndSucceedsForAMissingOne() {
    s3.putObject(b -> b.bucket("copies").key("doomed"), RequestBody.fromString("x"));
    s3.deleteObject(b -> b.bucket("copies").key("doomed"));
    s3.deleteObject(b -> b.bucket("copies").key("doomed"));
    assertThatThrownBy(() -> s3.headObject(b -> b.bucket("copies").key("doomed")))
        .isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void deleteObjectsReportsEachKeyAndQuietModeOnlyErrors() {
    for (var key : new String[] {"m1", "m2", "m3"}) {
      s3.putObject(b -> b.bucket("copies").key(key), RequestBody.fromString(key));
    }
    var loud =
        s3.deleteObjects(
            b ->
                b.bucket("copies")
                    .delete(
                        d ->
                            d.objects(
                                ObjectIdentifier.builder().key("m1").build(),
                                ObjectIdentifier.builder().key("m2").build())));
    assertThat(loud.deleted()).extracting(d -> d.key()).containsExactlyInAnyOrder("m1", "m2");
    var quiet =
        s3.deleteObjects(
            b ->
                b.bucket("copies")
                    .delete(
                        d -> d.quiet(true).objects(ObjectIdentifier.builder().key("m3").build())));
    assertThat(quiet.deleted()).isEmpty();
    assertThat(quiet.errors()).isEmpty();
    assertThat(s3.listObjectsV2(b -> b.bucket("copies").prefix("m")).contents()).isEmpty();
  }
}
