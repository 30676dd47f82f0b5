package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BucketNamesTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "my-bucket",
        "my.bucket.name",
        "a1b2c3",
        "123",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void acceptsNamesThatFollowS3sRules(String name) {
    assertThat(BucketNames.isValid(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ab",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "MyBucket",
        "my_bucket",
        "-bucket",
        "bucket-",
        ".bucket",
        "bucket.",
        "my..bucket",
        "192.168.5.4",
        "xn--bucket",
        "sthree-bucket",
        "amzn-s3-demo-bucket",
        "bucket-s3alias",
        "bucket--ol-s3",
        "bucket.mrap",
        "bucket--x-s3",
        "bucket--table-s3",
        "my bucket"
      })
  void rejectsNamesThatBreakS3sRules(String name) {
    assertThat(BucketNames.isValid(name)).isFalse();
  }

  @Test
  void createBucketAnswersInvalidBucketNameWithTheName() {
    var fixture = new ObjectStoreFixture(dir);

    var created =
        fixture.service.createBucket("Bad_Name", "us-east-1", ObjectStoreFixture.context());

    assertThat(created.failure())
        .isEqualTo(
            new Failure(
                "InvalidBucketName",
                400,
                "The specified bucket is not valid.",
                java.util.Map.of("BucketName", "Bad_Name")));
  }
}
