package dev.sluice.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Drops one file's pages from the operating system's page cache (GNU dd's {@code iflag=nocache},
 * which asks the kernel with {@code posix_fadvise(POSIX_FADV_DONTNEED)}), so that the next read of
 * the file comes from the disk.
 */
final class PageCache {
  private PageCache() {}

  static void evict(Path file) throws IOException, InterruptedException {
    var dd =
        new ProcessBuilder("dd", "if=" + file, "iflag=nocache", "count=0", "status=none")
            .redirectErrorStream(true)
            .start();
    String output = new String(dd.getInputStream().readAllBytes());
    if (dd.waitFor() != 0) {
      throw new IOException("dd could not evict " + file + ": " + output.trim());
    }
  }
}
