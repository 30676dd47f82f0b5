package dev.sluice.store.blobs.internal;

import dev.sluice.core.objects.BlobStore.BlobWriter;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A blob being written to {@code tmp/<id>}. Commit makes the bytes durable, renames the file into
 * its fan-out directory in one step (creating the directory, durably, for its first blob) and syncs
 * that directory; abandoning deletes the file.
 */
public final class FileBlobWriter implements BlobWriter {
  private final BlobPaths paths;
  private final String id;
  private final Path temporary;
  private final FileChannel channel;
  private final BlobOutput output;
  private boolean finished;

  public FileBlobWriter(BlobPaths paths) throws IOException {
    this.paths = paths;
    this.id = BlobIds.random();
    this.temporary = paths.temporary(id);
    this.channel =
        FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    this.output = new BlobOutput(channel);
  }

  @Override
  public OutputStream output() {
    return output;
  }

  @Override
  public void append(String blobId, long offset, long length) throws IOException {
    output.flush();
    try (FileChannel source = FileChannel.open(paths.committed(blobId))) {
      if (offset < 0 || length < 0 || source.size() - offset < length) {
        throw new EOFException(
            "Blob " + blobId + " has " + source.size() + " bytes, not " + offset + "+" + length);
      }
      long position = offset;
      long end = offset + length;
      while (position < end) {
        long copied = source.transferTo(position, end - position, channel);
        if (copied <= 0) {
          throw new EOFException("Blob " + blobId + " ended at " + position);
        }
        position += copied;
      }
    }
  }

  @Override
  public String commit() throws IOException {
    if (finished) {
      throw new IllegalStateException("Blob " + id + " was already committed or abandoned");
    }
    output.flush();
    channel.force(false);
    channel.close();
    Path target = paths.committed(id);
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (NoSuchFileException firstInItsDirectory) {
      createDurably(target.getParent());
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }
    finished = true;
    Directories.sync(target.getParent());
    return id;
  }

  /** Creates a fan-out directory on its first blob and syncs the root that lists it. */
  private static void createDurably(Path directory) throws IOException {
    Files.createDirectories(directory);
    Directories.sync(directory.getParent());
  }

  @Override
  public void close() {
    if (finished) {
      return;
    }
    finished = true;
    try {
      channel.close();
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not remove abandoned blob " + temporary, e);
    }
  }
}
