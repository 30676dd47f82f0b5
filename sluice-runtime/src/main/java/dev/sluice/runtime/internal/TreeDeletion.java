package dev.sluice.runtime.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Deletes a directory tree, best effort (what cannot be deleted stays). */
public final class TreeDeletion {

  private TreeDeletion() {}

  public static void delete(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(TreeDeletion::deleteQuietly);
    } catch (IOException e) {
      // best effort: a leftover temporary directory does no harm
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // best effort, see above
    }
  }
}
