package dev.sluice.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The baseline: the same bytes written durably and read back straight from files on the same disk,
 * with the same concurrency. A durable write is what Sluice's blob store does for each object:
 * create a temporary file, write, fdatasync, rename into place, fsync the directory.
 */
final class RawDisk {
  private static final int READ_BUFFER = 1 << 20;

  private final Path dir;
  private final ThreadLocal<ByteBuffer> readBuffers =
      ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(READ_BUFFER));

  RawDisk(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  /** Durable writes of {@code body}-sized files with {@code clients} threads for {@code time}. */
  Throughput write(byte[] body, int clients, Duration time) throws Exception {
    var target = Files.createDirectories(dir.resolve("w-" + body.length + "-" + clients));
    try {
      return Throughput.run(
          clients, time, body.length, (client, i) -> writeDurably(target, "f-" + i, body));
    } finally {
      DirectoryTrees.delete(target);
    }
  }

  /** Reads of one {@code body}-sized file per operation with {@code clients} threads. */
  Throughput read(byte[] body, int clients, Duration time) throws Exception {
    var target = Files.createDirectories(dir.resolve("r-" + body.length));
    writeDurably(target, "source", body);
    var file = target.resolve("source");
    try {
      return Throughput.run(clients, time, body.length, (client, i) -> readFully(file));
    } finally {
      DirectoryTrees.delete(target);
    }
  }

  /**
   * Reads from the disk: one file per client thread, dropped from the page cache before every read.
   */
  Throughput readCold(byte[] body, int clients, Duration time) throws Exception {
    var target = Files.createDirectories(dir.resolve("cold-" + body.length + "-" + clients));
    for (int c = 0; c < clients; c++) {
      writeDurably(target, "source-" + c, body);
    }
    try {
      return Throughput.run(
          clients,
          time,
          body.length,
          (client, i) -> {
            var file = target.resolve("source-" + client);
            PageCache.evict(file);
            readFully(file);
          });
    } finally {
      DirectoryTrees.delete(target);
    }
  }

  private static void writeDurably(Path target, String name, byte[] body) throws IOException {
    var tmp = target.resolve(name + ".tmp");
    try (var channel =
        FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      var buffer = ByteBuffer.wrap(body);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(false);
    }
    Files.move(tmp, target.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    try (var directory = FileChannel.open(target, StandardOpenOption.READ)) {
      directory.force(true);
    }
  }

  private long readFully(Path file) throws IOException {
    long total = 0;
    var buffer = readBuffers.get();
    try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
      int n;
      while ((n = channel.read(buffer.clear())) >= 0) {
        total += n;
      }
    }
    return total;
  }
}
