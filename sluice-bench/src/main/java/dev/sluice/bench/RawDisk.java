package dev.sluice.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The baseline: the same bytes written (create, write, fsync, rename, as a durable store must) and
 * read straight from files on the same disk, with the same concurrency.
 */
final class RawDisk {
  private final Path dir;

  RawDisk(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  /** Durable writes per second of {@code body}-sized files with {@code clients} threads. */
  Throughput write(byte[] body, int clients, int total) throws Exception {
    var next = new AtomicLong();
    return Throughput.run(
        clients,
        total,
        body.length,
        () -> {
          var i = next.getAndIncrement();
          var tmp = dir.resolve("tmp-" + i);
          try (var channel =
              FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            var buffer = ByteBuffer.wrap(body);
            while (buffer.hasRemaining()) {
              channel.write(buffer);
            }
            channel.force(true);
          }
          Files.move(tmp, dir.resolve("f-" + i), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        });
  }

  /** Reads of one {@code body}-sized file per operation with {@code clients} threads. */
  Throughput read(byte[] body, int clients, int total) throws Exception {
    var file = dir.resolve("read-" + body.length);
    Files.write(file, body);
    return Throughput.run(
        clients,
        total,
        body.length,
        () -> {
          try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            var buffer = ByteBuffer.allocate(1 << 20);
            while (channel.read(buffer) >= 0) {
              buffer.clear();
            }
          }
        });
  }
}
