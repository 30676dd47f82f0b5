package dev.sluice.store.pipelinework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether a key exists, whether a prefix (as a directory) holds anything. */
class StoreObjectFilesChecksTest extends ObjectFilesFixture {

  @Test
  void aKeyExistsOnlyWhenAnObjectHasExactlyThatKey() {
    bucket("bkt");
    put("bkt", "data/ready", "");

    assertThat(ok(files.exists(s3("s3://bkt/data/ready")))).isTrue();
    assertThat(ok(files.exists(s3("s3://bkt/data")))).isFalse();
    assertThat(ok(files.exists(s3("s3://bkt/data/rea")))).isFalse();
    assertThat(ok(files.exists(s3("s3://bkt")))).isFalse();
    fails(files.exists(s3("s3://missing/data/ready")), "NoSuchBucket");
  }

  @Test
  void aPrefixIsNotEmptyWhenAnObjectIsUnderItAsADirectory() {
    bucket("bkt");
    put("bkt", "empty/", "");
    put("bkt", "full/part-0", "x");
    put("bkt", "fuller", "x");

    assertThat(ok(files.prefixNotEmpty(s3("s3://bkt/full")))).isTrue();
    assertThat(ok(files.prefixNotEmpty(s3("s3://bkt/full/")))).isTrue();
    assertThat(ok(files.prefixNotEmpty(s3("s3://bkt/empty")))).isFalse();
    assertThat(ok(files.prefixNotEmpty(s3("s3://bkt/ful")))).isFalse();
    assertThat(ok(files.prefixNotEmpty(s3("s3://bkt/")))).isTrue();
    fails(files.prefixNotEmpty(s3("s3://missing/full")), "NoSuchBucket");
  }
}
