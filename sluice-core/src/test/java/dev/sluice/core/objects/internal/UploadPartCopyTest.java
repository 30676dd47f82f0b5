package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.ByteRange;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.ObjectLimits;
import dev.sluice.core.objects.Part;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.objects.UploadPartCopyInput;
import dev.sluice.core.result.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadPartCopyTest {

  @TempDir Path dir;
  ObjectStoreFixture store;
  MultipartFixture multipart;
  MultipartUpload upload;

  @BeforeEach
  void setUp() {
    store = new ObjectStoreFixture(dir, new ObjectLimits(1000, 5, 10_000, 1024));
    store.bucket("bkt");
    store.put("bkt", "source.txt", "hello world");
    multipart = new MultipartFixture(store);
    upload = multipart.create("bkt", "target.txt", null);
  }

  private Result<Part> copy(int partNumber, String sourceKey, ByteRange range, Preconditions c) {
    return store.service.uploadPartCopy(
        new UploadPartCopyInput(
            "bkt", "target.txt", upload.uploadId(), partNumber, "bkt", sourceKey, range, c));
  }

  @Test
  void copiesARangeOfTheSourceIntoAPart() {
    var world = copy(1, "source.txt", new ByteRange.FromTo(6, 10L), Preconditions.none());
    var hello = copy(2, "source.txt", new ByteRange.FromTo(0, 4L), Preconditions.none());

    assertThat(world.value().size()).isEqualTo(5);
    assertThat(world.value().etag()).isEqualTo("\"7d793037a0760186574b0282f2f435e7\"");
    multipart.complete(upload, List.of(world.value(), hello.value()));
    assertThat(store.read("bkt", "target.txt")).isEqualTo("worldhello");
  }

  @Test
  void withoutARangeTheWholeSourceIsCopied() {
    var part = copy(1, "source.txt", null, Preconditions.none());

    assertThat(part.value().size()).isEqualTo(11);
  }

  @Test
  void aRangeOutsideTheSourceIsInvalidArgument() {
    var part = copy(1, "source.txt", new ByteRange.FromTo(5, 11L), Preconditions.none());

    assertThat(part.failure().code()).isEqualTo("InvalidArgument");
    assertThat(part.failure().status()).isEqualTo(400);
    assertThat(part.failure().message())
        .isEqualTo("Range specified is not valid for source object of size: 11");
    assertThat(store.catalog.listParts(upload.uploadId(), 0, 10)).isEmpty();
  }

  @Test
  void aMissingSourceIsNoSuchKey() {
    var part = copy(1, "missing.txt", null, Preconditions.none());

    assertThat(part.failure().code()).isEqualTo("NoSuchKey");
    assertThat(part.failure().details()).containsEntry("Key", "missing.txt");
  }

  @Test
  void aFailingSourceConditionIsPreconditionFailed() {
    var part =
        copy(
            1,
            "source.txt",
            null,
            new Preconditions("\"00000000000000000000000000000000\"", null, null, null));

    assertThat(part.failure().status()).isEqualTo(412);
    assertThat(part.failure().details()).containsEntry("Condition", "x-amz-copy-source-If-Match");
  }

  @Test
  void aBadPartNumberOrUploadIsRejectedBeforeReadingTheSource() {
    assertThat(copy(0, "source.txt", null, Preconditions.none()).failure().code())
        .isEqualTo("InvalidArgument");
    var unknown =
        store.service.uploadPartCopy(
            new UploadPartCopyInput(
                "bkt", "target.txt", "nope", 1, "bkt", "source.txt", null, Preconditions.none()));
    assertThat(unknown.failure().code()).isEqualTo("NoSuchUpload");
  }
}
