package dev.sluice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds the blob file Sluice wrote for an object, by what appeared under the blob directory. */
final class BlobFiles {
  private final Path root;

  BlobFiles(Path root) {
    this.root = root;
  }

  interface Write {
    void run() throws Exception;
  }

  /** Runs {@code write} (one PUT, nothing else writing) and returns the one blob file it added. */
  Path writtenBy(Write write) throws Exception {
    Set<Path> before = files();
    write.run();
    Set<Path> added = new HashSet<>(files());
    added.removeAll(before);
    if (added.size() != 1) {
      throw new IllegalStateException("Expected one new blob file, found " + added);
    }
    return added.iterator().next();
  }

  private Set<Path> files() throws IOException {
    try (var paths = Files.walk(root)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(p -> !p.getParent().getFileName().toString().equals("tmp"))
          .collect(Collectors.toSet());
    }
  }
}
