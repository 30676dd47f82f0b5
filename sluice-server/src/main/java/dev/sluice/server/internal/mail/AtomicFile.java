package dev.sluice.server.internal.mail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a whole file or none: the bytes go to a hidden temporary file in the same directory, are
 * forced to disk, then renamed into place.
 */
final class AtomicFile {
  private AtomicFile() {}

  static void write(Path directory, String name, byte[] bytes) throws IOException {
    Files.createDirectories(directory);
    var temporary = Files.createTempFile(directory, ".incoming-", ".tmp");
    try {
      try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        var buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
    forceDirectory(directory);
  }

  /** Makes the rename durable; not every file system lets a directory be opened so. */
  private static void forceDirectory(Path directory) {
    try (var channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException notSupported) {
      // the rename happened; only its durability after a crash is less certain
    }
  }
}
