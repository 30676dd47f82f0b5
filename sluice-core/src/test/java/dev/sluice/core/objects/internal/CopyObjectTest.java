package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.CopyObjectInput;
import dev.sluice.core.objects.ExpectedDigests;
import dev.sluice.core.objects.MetadataDirective;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectLimits;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.objects.PutObjectInput;
import dev.sluice.core.result.Result;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyObjectTest {

  private static final ObjectAttributes SOURCE_ATTRIBUTES =
      new ObjectAttributes(
          "text/plain", null, null, null, null, null, null, null, Map.of("origin", "source"));
  private static final ObjectAttributes NEW_ATTRIBUTES =
      new ObjectAttributes(
          "application/json", null, null, null, null, null, null, null, Map.of("origin", "copy"));

  @TempDir Path dir;
  ObjectStoreFixture fixture;
  ObjectRecord source;

  @BeforeEach
  void setUp() {
    fixture = new ObjectStoreFixture(dir);
    fixture.bucket("src");
    fixture.bucket("dst");
    byte[] body = ObjectStoreFixture.bytes("hello world");
    source =
        fixture
            .put(
                new PutObjectInput(
                    "src",
                    "a.txt",
                    new ByteArrayInputStream(body),
                    body.length,
                    SOURCE_ATTRIBUTES,
                    new ExpectedDigests(null, ChecksumAlgorithm.CRC32, Map.of(), null),
                    Preconditions.none(),
                    ObjectStoreFixture.context()))
            .value();
  }

  private Result<ObjectRecord> copy(
      String bucket, String key, MetadataDirective directive, ObjectAttributes replacement) {
    return copy(bucket, key, directive, replacement, Preconditions.none(), null);
  }

  private Result<ObjectRecord> copy(
      String bucket,
      String key,
      MetadataDirective directive,
      ObjectAttributes replacement,
      Preconditions conditions,
      ChecksumAlgorithm algorithm) {
    return fixture.service.copyObject(
        new CopyObjectInput(
            "src",
            "a.txt",
            bucket,
            key,
            directive,
            replacement,
            conditions,
            algorithm,
            ObjectStoreFixture.context()));
  }

  @Test
  void copiesTheBytesEtagChecksumAndMetadataWithTheCopyDirective() {
    var copy = copy("dst", "b.txt", MetadataDirective.COPY, null);

    assertThat(copy.value().etag()).isEqualTo(source.etag());
    assertThat(copy.value().attributes()).isEqualTo(SOURCE_ATTRIBUTES);
    assertThat(copy.value().checksums()).isEqualTo(source.checksums());
    assertThat(copy.value().blobId()).isNotEqualTo(source.blobId());
    assertThat(fixture.read("dst", "b.txt")).isEqualTo("hello world");
  }

  @Test
  void theReplaceDirectiveTakesTheRequestsMetadata() {
    var copy = copy("dst", "b.txt", MetadataDirective.REPLACE, NEW_ATTRIBUTES);

    assertThat(copy.value().attributes()).isEqualTo(NEW_ATTRIBUTES);
  }

  @Test
  void copyingAnObjectOntoItselfWithoutChangesIsInvalidRequest() {
    var copy = copy("src", "a.txt", MetadataDirective.COPY, null);

    assertThat(copy.failure().code()).isEqualTo("InvalidRequest");
    assertThat(copy.failure().status()).isEqualTo(400);
    assertThat(copy.failure().message())
        .isEqualTo(
            "This copy request is illegal because it is trying to copy an object to itself"
                + " without changing the object's metadata, storage class, website redirect"
                + " location or encryption attributes.");
    assertThat(fixture.blobs.blobIds()).containsExactly(source.blobId());
  }

  @Test
  void copyingAnObjectOntoItselfWithReplacedMetadataRewritesIt() {
    var copy = copy("src", "a.txt", MetadataDirective.REPLACE, NEW_ATTRIBUTES);

    assertThat(copy.value().attributes()).isEqualTo(NEW_ATTRIBUTES);
    assertThat(fixture.blobs.blobIds()).containsExactly(copy.value().blobId());
  }

  @Test
  void copyingAnObjectOntoItselfToChangeItsStorageClassIsAllowed() {
    var glacier =
        new ObjectAttributes(null, null, null, null, null, null, "GLACIER", null, Map.of());

    var copy = copy("src", "a.txt", MetadataDirective.COPY, glacier);

    assertThat(copy.value().attributes().storageClass()).isEqualTo("GLACIER");
    assertThat(copy.value().attributes().contentType()).isEqualTo("text/plain");
  }

  @Test
  void aRequestedChecksumAlgorithmIsComputedForTheCopy() {
    var copy =
        copy(
            "dst",
            "b.txt",
            MetadataDirective.COPY,
            null,
            Preconditions.none(),
            ChecksumAlgorithm.CRC32C);

    assertThat(copy.value().checksums())
        .containsExactly(Map.entry(ChecksumAlgorithm.CRC32C, "yZRlqg=="));
  }

  @Test
  void aMissingSourceKeyIsNoSuchKeyNamingTheSourceKey() {
    var copy =
        fixture.service.copyObject(
            new CopyObjectInput(
                "src",
                "missing.txt",
                "dst",
                "b.txt",
                MetadataDirective.COPY,
                null,
                Preconditions.none(),
                null,
                ObjectStoreFixture.context()));

    assertThat(copy.failure().code()).isEqualTo("NoSuchKey");
    assertThat(copy.failure().details()).containsEntry("Key", "missing.txt");
  }

  @Test
  void aMissingSourceOrTargetBucketIsNoSuchBucket() {
    var noSource =
        fixture.service.copyObject(
            new CopyObjectInput(
                "gone",
                "a.txt",
                "dst",
                "b.txt",
                MetadataDirective.COPY,
                null,
                Preconditions.none(),
                null,
                ObjectStoreFixture.context()));
    var noTarget = copy("gone", "b.txt", MetadataDirective.COPY, null);

    assertThat(noSource.failure().details()).containsEntry("BucketName", "gone");
    assertThat(noTarget.failure().details()).containsEntry("BucketName", "gone");
  }

  @Test
  void sourceConditionsThatFailArePreconditionFailedNamingTheCopySourceHeader() {
    fixture.clock.advance(Duration.ofHours(1));
    var other = "\"00000000000000000000000000000000\"";
    var ifMatch = new Preconditions(other, null, null, null);
    var ifNoneMatch = new Preconditions(null, source.etag(), null, null);
    var ifModifiedSince = new Preconditions(null, null, source.lastModified().plusSeconds(5), null);
    var ifUnmodifiedSince =
        new Preconditions(null, null, null, source.lastModified().minusSeconds(5));

    assertThat(copy("dst", "b", MetadataDirective.COPY, null, ifMatch, null).failure().details())
        .containsEntry("Condition", "x-amz-copy-source-If-Match");
    assertThat(copy("dst", "b", MetadataDirective.COPY, null, ifNoneMatch, null).failure())
        .satisfies(f -> assertThat(f.status()).isEqualTo(412))
        .satisfies(
            f ->
                assertThat(f.details())
                    .containsEntry("Condition", "x-amz-copy-source-If-None-Match"));
    assertThat(
            copy("dst", "b", MetadataDirective.COPY, null, ifModifiedSince, null)
                .failure()
                .status())
        .isEqualTo(412);
    assertThat(
            copy("dst", "b", MetadataDirective.COPY, null, ifUnmodifiedSince, null)
                .failure()
                .details())
        .containsEntry("Condition", "x-amz-copy-source-If-Unmodified-Since");
    assertThat(fixture.catalog.findObject("dst", "b")).isEmpty();
  }

  @Test
  void sourceIfMatchThatHoldsOverridesAFailingIfUnmodifiedSince() {
    var conditions =
        new Preconditions(source.etag(), null, null, source.lastModified().minusSeconds(5));

    assertThat(copy("dst", "b", MetadataDirective.COPY, null, conditions, null).isOk()).isTrue();
  }

  @Test
  void copyingOverAnExistingKeyDeletesItsOldBlob() {
    var old = fixture.put("dst", "b.txt", "old");

    var copy = copy("dst", "b.txt", MetadataDirective.COPY, null);

    assertThat(fixture.blobs.blobIds())
        .containsExactlyInAnyOrder(source.blobId(), copy.value().blobId())
        .doesNotContain(old.blobId());
  }

  @Test
  void aSourceLargerThanTheCopyLimitIsInvalidRequest(@TempDir Path other) throws Exception {
    var limited = new ObjectStoreFixture(other, new ObjectLimits(4, 1, 10, 1024));
    limited.bucket("src");
    String blobId;
    try (var writer = limited.blobs.create()) {
      writer.output().write(new byte[5]);
      blobId = writer.commit();
    }
    var big =
        new ObjectRecord(
            "src",
            "big",
            blobId,
            5,
            "\"x\"",
            source.lastModified(),
            SOURCE_ATTRIBUTES,
            Map.of(),
            0,
            "1");
    limited.catalog.putObject(big, List.of());

    var copy =
        limited.service.copyObject(
            new CopyObjectInput(
                "src",
                "big",
                "src",
                "big2",
                MetadataDirective.COPY,
                null,
                Preconditions.none(),
                null,
                ObjectStoreFixture.context()));

    assertThat(copy.failure().code()).isEqualTo("InvalidRequest");
    assertThat(copy.failure().message())
        .isEqualTo(
            "The specified copy source is larger than the maximum allowable size for a copy"
                + " source: 4");
  }
}
