package dev.sluice.store.blobs;

import dev.sluice.core.objects.BlobStore;
import dev.sluice.store.blobs.internal.BlobIds;
import dev.sluice.store.blobs.internal.BlobPaths;
import dev.sluice.store.blobs.internal.Directories;
import dev.sluice.store.blobs.internal.FileBlobWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Blobs as files under one root: written to {@code tmp/}, then fsynced and renamed into one of 256
 * fan-out directories named by the first two hex digits of their random id. A fan-out directory is
 * created with its first blob (creating all 256 up front took a noticeable part of a first start).
 */
public final class FileBlobStore implements BlobStore {
  private final BlobPaths paths;

  private FileBlobStore(BlobPaths paths) {
    this.paths = paths;
  }

  /** Opens (creating) the store under {@code root}; deletes blobs left half-written in tmp. */
  public static FileBlobStore open(Path root) throws IOException {
    BlobPaths paths = new BlobPaths(root);
    Files.createDirectories(paths.temporaryDirectory());
    removeLeftovers(paths.temporaryDirectory());
    Directories.sync(root);
    return new FileBlobStore(paths);
  }

  private static void removeLeftovers(Path temporary) throws IOException {
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(temporary)) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  @Override
  public BlobWriter create() throws IOException {
    return new FileBlobWriter(paths);
  }

  @Override
  public SeekableByteChannel open(String blobId) throws IOException {
    return FileChannel.open(paths.committed(blobId));
  }

  /** The committed blob's file; empty for an id that is not a blob id or names no blob. */
  @Override
  public Optional<Path> localPath(String blobId) {
    if (!BlobIds.isValid(blobId)) {
      return Optional.empty();
    }
    Path file = paths.committed(blobId);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  @Override
  public void delete(String blobId) {
    try {
      Files.deleteIfExists(paths.committed(blobId));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete blob " + blobId, e);
    }
  }
}
