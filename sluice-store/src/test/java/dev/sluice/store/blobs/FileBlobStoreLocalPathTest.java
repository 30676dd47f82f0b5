package dev.sluice.store.blobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.BlobStore.BlobWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file blob store lets work read a committed blob in place. */
class FileBlobStoreLocalPathTest {
  @TempDir Path root;

  @Test
  void answersTheFileHoldingACommittedBlob() throws IOException {
    var blobs = FileBlobStore.open(root);
    String id;
    try (BlobWriter writer = blobs.create()) {
      writer.output().write("hello blob".getBytes(StandardCharsets.UTF_8));
      id = writer.commit();
    }

    var path = blobs.localPath(id).orElseThrow();

    assertThat(path).startsWith(root);
    assertThat(Files.readString(path)).isEqualTo("hello blob");
  }

  @Test
  void answersNothingForABlobNotCommittedOrDeleted() throws IOException {
    var blobs = FileBlobStore.open(root);
    String deleted;
    try (BlobWriter writer = blobs.create()) {
      writer.output().write(1);
      deleted = writer.commit();
    }
    blobs.delete(deleted);

    assertThat(blobs.localPath(deleted)).isEmpty();
    assertThat(blobs.localPath("0123456789abcdef0123456789abcdef")).isEmpty();
    assertThat(blobs.localPath("../../etc/passwd")).isEmpty();
    assertThat(blobs.localPath(null)).isEmpty();
  }
}
