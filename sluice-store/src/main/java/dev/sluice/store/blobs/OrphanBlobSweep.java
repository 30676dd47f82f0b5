package dev.sluice.store.blobs;

import dev.sluice.store.blobs.internal.BlobIds;
import dev.sluice.store.blobs.internal.BlobPaths;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Deletes committed blob files that no object or part references: blobs whose catalog row never
 * committed (a crash between the blob's rename and the transaction) and blobs of parts removed with
 * their upload or bucket. It walks the 256 fan-out directories and looks ids up in batches.
 *
 * <p>Only files last written longer ago than {@code margin} are candidates: a blob is written, then
 * renamed into place, then its row commits within moments, so a young unreferenced file may be a
 * write in flight and is left alone. This holds because blob files are local to one node: the blob
 * directory belongs to the one Sluice process that writes it (several processes sharing a
 * PostgreSQL catalog each keep their own data directory), so every write in flight is one of this
 * process's own, started after the file's timestamp.
 */
public final class OrphanBlobSweep {
  public static final Duration DEFAULT_MARGIN = Duration.ofMinutes(10);
  static final int BATCH = 500;

  private final Path root;
  private final BlobReferences references;
  private final Duration margin;
  private volatile boolean stopped;

  public OrphanBlobSweep(Path root, BlobReferences references, Duration margin) {
    this.root = root;
    this.references = references;
    this.margin = margin;
  }

  /** Asks a running sweep to finish after the file it is on; the report says it stopped early. */
  public void stop() {
    stopped = true;
  }

  public SweepReport run() throws IOException {
    var cutoff = Instant.now().minus(margin);
    var tally = new Tally();
    var batch = new HashMap<String, Long>();
    for (int i = 0; i < 256 && !stopped; i++) {
      var directory = root.resolve(HexFormat.of().toHexDigits((byte) i));
      collect(directory, cutoff, batch, tally);
    }
    removeUnreferenced(batch, tally);
    return new SweepReport(tally.checked, tally.removed, tally.bytes, !stopped);
  }

  private void collect(Path directory, Instant cutoff, Map<String, Long> batch, Tally tally)
      throws IOException {
    if (!Files.isDirectory(directory)) {
      return;
    }
    for (Path file : listing(directory)) {
      if (stopped) {
        return;
      }
      var id = file.getFileName().toString();
      var attributes = attributes(file);
      if (BlobIds.isValid(id)
          && attributes != null
          && attributes.isRegularFile()
          && attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
        batch.put(id, attributes.size());
      }
      if (batch.size() >= BATCH) {
        removeUnreferenced(batch, tally);
      }
    }
  }

  /**
   * The directory's entries, read to the end before any of them is deleted: whether a directory
   * read sees the other entries while files are being removed is unspecified (POSIX readdir).
   */
  private static List<Path> listing(Path directory) throws IOException {
    var entries = new ArrayList<Path>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      files.forEach(entries::add);
    }
    return entries;
  }

  private static BasicFileAttributes attributes(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException deletedMeanwhile) {
      return null;
    }
  }

  private void removeUnreferenced(Map<String, Long> batch, Tally tally) throws IOException {
    if (batch.isEmpty() || stopped) {
      return;
    }
    List<String> ids = new ArrayList<>(batch.keySet());
    var referenced = references.referencedAmong(ids);
    var paths = new BlobPaths(root);
    for (var id : ids) {
      if (!referenced.contains(id) && Files.deleteIfExists(paths.committed(id))) {
        tally.removed++;
        tally.bytes += batch.get(id);
      }
    }
    tally.checked += ids.size();
    batch.clear();
  }

  private static final class Tally {
    long checked;
    long removed;
    long bytes;
  }
}
