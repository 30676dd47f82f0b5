package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.DeleteOutcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeleteObjectsTest {

  @TempDir Path dir;
  ObjectStoreFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ObjectStoreFixture(dir);
    fixture.bucket("bkt");
  }

  @Test
  void deletingAKeyRemovesItsRecordAndItsBlob() {
    fixture.put("bkt", "a.txt", "x");

    var deleted = fixture.service.deleteObject("bkt", "a.txt", ObjectStoreFixture.context());

    assertThat(deleted.isOk()).isTrue();
    assertThat(fixture.catalog.findObject("bkt", "a.txt")).isEmpty();
    assertThat(fixture.blobs.blobIds()).isEmpty();
  }

  @Test
  void deletingAMissingKeySucceeds() {
    assertThat(fixture.service.deleteObject("bkt", "missing", ObjectStoreFixture.context()).isOk())
        .isTrue();
  }

  @Test
  void deletingFromAMissingBucketIsNoSuchBucket() {
    var deleted = fixture.service.deleteObject("nothing-here", "a", ObjectStoreFixture.context());

    assertThat(deleted.failure().code()).isEqualTo("NoSuchBucket");
  }

  @Test
  void deleteObjectsAnswersEveryKeysOutcome() {
    fixture.put("bkt", "a.txt", "x");
    fixture.put("bkt", "b.txt", "y");
    String tooLong = "k".repeat(1025);

    var outcomes =
        fixture.service.deleteObjects(
            "bkt", List.of("a.txt", "missing", tooLong, "b.txt"), ObjectStoreFixture.context());

    assertThat(outcomes.value())
        .extracting(DeleteOutcome::key)
        .containsExactly("a.txt", "missing", tooLong, "b.txt");
    assertThat(outcomes.value().get(0).failure()).isNull();
    assertThat(outcomes.value().get(1).failure()).isNull();
    assertThat(outcomes.value().get(2).failure().code()).isEqualTo("KeyTooLongError");
    assertThat(outcomes.value().get(3).failure()).isNull();
    assertThat(fixture.blobs.blobIds()).isEmpty();
  }

  @Test
  void deleteObjectsInAMissingBucketIsNoSuchBucket() {
    var outcomes =
        fixture.service.deleteObjects("nothing-here", List.of("a"), ObjectStoreFixture.context());

    assertThat(outcomes.failure().code()).isEqualTo("NoSuchBucket");
  }
}
