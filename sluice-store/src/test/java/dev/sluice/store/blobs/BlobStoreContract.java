package dev.sluice.store.blobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.objects.BlobStore;
import dev.sluice.core.objects.BlobStore.BlobWriter;
import dev.sluice.store.StoreFixture;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link BlobStore} does: invisible until committed, immutable, random ids. */
public abstract class BlobStoreContract extends StoreFixture {
  protected BlobStore blobs;

  @BeforeEach
  void blobs() {
    blobs = store.blobs();
  }

  protected String write(byte[] bytes) throws IOException {
    try (BlobWriter writer = blobs.create()) {
      writer.output().write(bytes);
      return writer.commit();
    }
  }

  protected byte[] read(String blobId) throws IOException {
    try (SeekableByteChannel channel = blobs.open(blobId)) {
      ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(channel.size()));
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // keep reading until the buffer is full
      }
      return buffer.array();
    }
  }

  private Path blobRoot() {
    return dataDir.resolve("blobs");
  }

  private List<Path> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void readsBackTheCommittedBytes() throws IOException {
    byte[] bytes = new byte[200_000];
    new Random(1).nextBytes(bytes);

    String id = write(bytes);

    assertThat(read(id)).isEqualTo(bytes);
  }

  @Test
  void keepsEveryByteOfManySmallAndLargeWrites() throws IOException {
    Random random = new Random(2);
    java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
    String id;
    try (BlobWriter writer = blobs.create()) {
      OutputStream out = writer.output();
      for (int i = 0; i < 300; i++) {
        byte[] chunk = new byte[random.nextInt(i % 50 == 0 ? 200_000 : 3_000)];
        random.nextBytes(chunk);
        out.write(chunk);
        expected.write(chunk);
        out.write(i);
        expected.write(i);
      }
      id = writer.commit();
    }

    assertThat(read(id)).isEqualTo(expected.toByteArray());
  }

  @Test
  void aBlobIsInvisibleUntilCommitted() throws IOException {
    try (BlobWriter writer = blobs.create()) {
      writer.output().write("partial".getBytes(StandardCharsets.UTF_8));
      writer.output().flush();

      assertThat(filesIn(blobRoot()))
          .allSatisfy(
              file -> assertThat(file.getParent().getFileName().toString()).isEqualTo("tmp"));
      String id = writer.commit();
      assertThat(read(id)).asString(StandardCharsets.UTF_8).isEqualTo("partial");
    }
  }

  @Test
  void closingWithoutCommitLeavesNothingBehind() throws IOException {
    try (BlobWriter writer = blobs.create()) {
      writer.output().write(new byte[100_000]);
    }

    assertThat(filesIn(blobRoot())).isEmpty();
  }

  @Test
  void appendCopiesARangeOfAnotherBlobBetweenWrites() throws IOException {
    String source = write("0123456789".getBytes(StandardCharsets.UTF_8));
    String id;
    try (BlobWriter writer = blobs.create()) {
      writer.output().write("<".getBytes(StandardCharsets.UTF_8));
      writer.append(source, 2, 5);
      writer.output().write("|".getBytes(StandardCharsets.UTF_8));
      writer.append(source, 0, 10);
      writer.output().write(">".getBytes(StandardCharsets.UTF_8));
      id = writer.commit();
    }

    assertThat(read(id)).asString(StandardCharsets.UTF_8).isEqualTo("<23456|0123456789>");
  }

  @Test
  void appendingBeyondTheEndOfTheSourceFails() throws IOException {
    String source = write("0123456789".getBytes(StandardCharsets.UTF_8));

    try (BlobWriter writer = blobs.create()) {
      assertThatThrownBy(() -> writer.append(source, 8, 3)).isInstanceOf(EOFException.class);
    }
  }

  @Test
  void deleteRemovesTheBlobAndToleratesAMissingOne() throws IOException {
    String id = write(new byte[] {1, 2, 3});

    blobs.delete(id);
    blobs.delete(id);

    assertThatThrownBy(() -> blobs.open(id)).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void idsAreRandomAndLiveInTwoHexDigitFanOutDirectories() throws IOException {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      ids.add(write(new byte[] {(byte) i}));
    }

    assertThat(ids).hasSize(50).allMatch(id -> id.matches("[0-9a-f]{32}"));
    for (String id : ids) {
      assertThat(blobRoot().resolve(id.substring(0, 2)).resolve(id)).isRegularFile();
    }
  }

  @Test
  void aNewStoreCreatesEachFanOutDirectoryWithItsFirstBlob() throws IOException {
    try (Stream<Path> entries = Files.list(blobRoot())) {
      assertThat(entries).containsExactly(blobRoot().resolve("tmp"));
    }

    String first = write(new byte[] {1});
    String second = write(new byte[] {2});

    assertThat(read(first)).containsExactly(1);
    assertThat(read(second)).containsExactly(2);
    assertThat(blobRoot().resolve(first.substring(0, 2))).isDirectory();
  }

  @Test
  void refusesIdsThatCouldNameAnyOtherFile() {
    for (String bad :
        List.of("../../db/sluice.mv.db", "tmp/x", "", "ABCDEF0123456789ABCDEF0123456789")) {
      assertThatThrownBy(() -> blobs.open(bad)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> blobs.delete(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void leftoversOfInterruptedWritesAreDeletedWhenTheStoreOpens() throws IOException {
    String kept = write(new byte[] {7});
    Path leftover = blobRoot().resolve("tmp").resolve("0123456789abcdef0123456789abcdef");
    Files.write(leftover, new byte[] {1, 2, 3});

    reopen();

    assertThat(leftover).doesNotExist();
    assertThat(read(kept)).containsExactly(7);
  }
}
