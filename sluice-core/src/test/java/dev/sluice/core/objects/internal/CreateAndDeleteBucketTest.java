package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.ExpectedDigests;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.UploadPartInput;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateAndDeleteBucketTest {

  @TempDir Path dir;
  ObjectStoreFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ObjectStoreFixture(dir);
  }

  @Test
  void createsABucketOwnedByTheCallerInTheRequestedRegion() {
    var created = fixture.service.createBucket("photos", "eu-west-1", ObjectStoreFixture.context());

    assertThat(created.value().owner()).isEqualTo(ObjectStoreFixture.ACCOUNT);
    assertThat(created.value().region()).isEqualTo("eu-west-1");
    assertThat(created.value().createdAt()).isEqualTo(ObjectStoreFixture.START);
    assertThat(fixture.service.headBucket("photos").value()).isEqualTo(created.value());
  }

  @Test
  void aBucketWithoutARegionIsInUsEast1() {
    var created = fixture.service.createBucket("photos", null, ObjectStoreFixture.context());

    assertThat(created.value().region()).isEqualTo("us-east-1");
  }

  @Test
  void recreatingYourOwnBucketInUsEast1SucceedsAsS3sLegacyBehaviour() {
    var first = fixture.bucket("photos");
    fixture.clock.advance(java.time.Duration.ofHours(1));

    var again = fixture.service.createBucket("photos", "us-east-1", ObjectStoreFixture.context());

    assertThat(again.isOk()).isTrue();
    assertThat(again.value()).isEqualTo(first);
  }

  @Test
  void recreatingYourOwnBucketElsewhereIsBucketAlreadyOwnedByYou() {
    fixture.service.createBucket("photos", "eu-west-1", ObjectStoreFixture.context());

    var again = fixture.service.createBucket("photos", "eu-west-1", ObjectStoreFixture.context());

    assertThat(again.failure().code()).isEqualTo("BucketAlreadyOwnedByYou");
    assertThat(again.failure().status()).isEqualTo(409);
    assertThat(again.failure().message())
        .isEqualTo(
            "Your previous request to create the named bucket succeeded and you already own it.");
    assertThat(again.failure().details()).containsEntry("BucketName", "photos");
  }

  @Test
  void creatingAnotherAccountsBucketIsBucketAlreadyExists() {
    fixture.bucket("photos");

    var taken =
        fixture.service.createBucket("photos", "us-east-1", ObjectStoreFixture.context("999"));

    assertThat(taken.failure().code()).isEqualTo("BucketAlreadyExists");
    assertThat(taken.failure().status()).isEqualTo(409);
    assertThat(taken.failure().details()).containsEntry("BucketName", "photos");
  }

  @Test
  void headOfAMissingBucketIsNoSuchBucket() {
    var head = fixture.service.headBucket("nothing-here");

    assertThat(head.failure().code()).isEqualTo("NoSuchBucket");
    assertThat(head.failure().status()).isEqualTo(404);
    assertThat(head.failure().message()).isEqualTo("The specified bucket does not exist");
    assertThat(head.failure().details()).containsEntry("BucketName", "nothing-here");
  }

  @Test
  void deletingABucketWithObjectsIsBucketNotEmpty() {
    fixture.bucket("photos");
    fixture.put("photos", "a.jpg", "x");

    var deleted = fixture.service.deleteBucket("photos");

    assertThat(deleted.failure().code()).isEqualTo("BucketNotEmpty");
    assertThat(deleted.failure().status()).isEqualTo(409);
    assertThat(deleted.failure().message())
        .isEqualTo("The bucket you tried to delete is not empty");
    assertThat(fixture.service.headBucket("photos").isOk()).isTrue();
  }

  @Test
  void deletingAMissingBucketIsNoSuchBucket() {
    assertThat(fixture.service.deleteBucket("nothing-here").failure().code())
        .isEqualTo("NoSuchBucket");
  }

  @Test
  void deletingAnEmptyBucketRemovesItAndTheBlobsOfItsUploads() {
    fixture.bucket("photos");
    var upload =
        fixture.service.createMultipartUpload(
            "photos", "big", ObjectAttributes.none(), null, ObjectStoreFixture.context());
    byte[] part = ObjectStoreFixture.bytes("part one");
    fixture.service.uploadPart(
        new UploadPartInput(
            "photos",
            "big",
            upload.value().uploadId(),
            1,
            new ByteArrayInputStream(part),
            part.length,
            ExpectedDigests.none()));
    assertThat(fixture.blobs.blobIds()).hasSize(1);

    var deleted = fixture.service.deleteBucket("photos");

    assertThat(deleted.isOk()).isTrue();
    assertThat(fixture.service.headBucket("photos").failure().code()).isEqualTo("NoSuchBucket");
    assertThat(fixture.blobs.blobIds()).isEmpty();
  }

  @Test
  void listsTheCallersBucketsByName() {
    fixture.bucket("zebra");
    fixture.bucket("apple");
    fixture.service.createBucket("other", "us-east-1", ObjectStoreFixture.context("999"));

    assertThat(fixture.service.listBuckets(ObjectStoreFixture.ACCOUNT))
        .extracting(b -> b.name())
        .containsExactly("apple", "zebra");
  }
}
