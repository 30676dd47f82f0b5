package dev.sluice.it.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

@ExtendWith(SluiceExtension.class)
class BucketLifecycleTest {
  static S3Client s3;

  @BeforeAll
  static void client(URI endpoint) {
    s3 = S3Clients.s3(endpoint);
  }

  @Test
  void aCreatedBucketIsListedHeadableAndDeletable() {
    s3.createBucket(b -> b.bucket("lifecycle-one"));
    s3.headBucket(b -> b.bucket("lifecycle-one"));
    assertThat(s3.listBuckets().buckets()).anyMatch(b -> b.name().equals("lifecycle-one"));
    s3.deleteBucket(b -> b.bucket("lifecycle-one"));
    assertThatThrownBy(() -> s3.headBucket(b -> b.bucket("lifecycle-one")))
        .isInstanceOf(NoSuchBucketException.class);
  }

  @Test
  void recreatingAnOwnedBucketOutsideUsEast1IsBucketAlreadyOwnedByYou() {
    s3.createBucket(
        b ->
            b.bucket("lifecycle-eu")
                .createBucketConfiguration(
                    c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1)));
    assertThat(s3.getBucketLocation(b -> b.bucket("lifecycle-eu")).locationConstraintAsString())
        .isEqualTo("eu-west-1");
    assertThatThrownBy(
            () ->
                s3.createBucket(
                    b ->
                        b.bucket("lifecycle-eu")
                            .createBucketConfiguration(
                                c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1))))
        .isInstanceOf(BucketAlreadyOwnedByYouException.class);
  }

  @Test
  void aBucketInUsEast1HasAnEmptyLocationConstraint() {
    s3.createBucket(b -> b.bucket("lifecycle-us"));
    assertThat(s3.getBucketLocation(b -> b.bucket("lifecycle-us")).locationConstraintAsString())
        .isNullOrEmpty();
  }

  @Test
  void aBucketWithObjectsCannotBeDeleted() {
    s3.createBucket(b -> b.bucket("lifecycle-full"));
    s3.putObject(b -> b.bucket("lifecycle-full").key("k"), RequestBody.fromString("x"));
    assertThatThrownBy(() -> s3.deleteBucket(b -> b.bucket("lifecycle-full")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(409);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BucketNotEmpty");
            });
  }

  @Test
  void deletingAMissingBucketIsNoSuchBucket() {
    assertThatThrownBy(() -> s3.deleteBucket(b -> b.bucket("lifecycle-never-created")))
        .isInstanceOf(NoSuchBucketException.class);
  }
}
