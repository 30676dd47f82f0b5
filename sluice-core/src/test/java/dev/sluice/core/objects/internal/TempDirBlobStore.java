package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.BlobStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** A test fixture: blobs as files in a directory; writers write a temp file, commit renames it. */
final class TempDirBlobStore implements BlobStore {

  private static final String TEMP = ".tmp";

  private final Path dir;

  TempDirBlobStore(Path dir) {
    this.dir = dir;
  }

  /** The ids of the committed blobs. */
  List<String> blobIds() {
    return files()
        .filter(p -> !p.toString().endsWith(TEMP))
        .map(p -> p.getFileName().toString())
        .toList();
  }

  /** The number of files in the directory, temp files of open writers included. */
  long fileCount() {
    return files().count();
  }

  byte[] read(String blobId) throws IOException {
    return Files.readAllBytes(dir.resolve(blobId));
  }

  @Override
  public BlobWriter create() throws IOException {
    return new FileWriter(dir.resolve(UUID.randomUUID() + TEMP));
  }

  @Override
  public SeekableByteChannel open(String blobId) throws IOException {
    return Files.newByteChannel(dir.resolve(blobId), StandardOpenOption.READ);
  }

  @Override
  public void delete(String blobId) {
    try {
      Files.deleteIfExists(dir.resolve(blobId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Stream<Path> files() {
    try (var list = Files.list(dir)) {
      return list.toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final class FileWriter implements BlobWriter {
    private final Path temp;
    private final OutputStream out;
    private boolean committed;

    FileWriter(Path temp) throws IOException {
      this.temp = temp;
      this.out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW);
    }

    @Override
    public OutputStream output() {
      return out;
    }

    @Override
    public void append(String blobId, long offset, long length) throws IOException {
      try (var source = FileChannel.open(dir.resolve(blobId), StandardOpenOption.READ)) {
        out.flush();
        long copied = 0;
        while (copied < length) {
          long n =
              source.transferTo(
                  offset + copied, length - copied, java.nio.channels.Channels.newChannel(out));
          if (n <= 0) {
            throw new IOException("blob " + blobId + " is shorter than " + (offset + length));
          }
          copied += n;
        }
      }
    }

    @Override
    public String commit() throws IOException {
      out.close();
      String id = UUID.randomUUID().toString();
      Files.move(temp, dir.resolve(id), StandardCopyOption.ATOMIC_MOVE);
      committed = true;
      return id;
    }

    @Override
    public void close() {
      if (committed) {
        return;
      }
      try {
        out.close();
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
