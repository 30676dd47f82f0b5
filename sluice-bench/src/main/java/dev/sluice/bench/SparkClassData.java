package dev.sluice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The class data sharing archive Sluice's Spark launcher recorded for its Spark JVMs (a {@code
 * .jsa} file), so that a bare job starts as Sluice's steps and jobs do: the launcher keeps it
 * beside sluice-spark.jar ({@code <spark home>/class-data}) when that directory is writable, else
 * under the data directory. The launcher keeps one archive there, replacing older ones.
 */
final class SparkClassData {
  private SparkClassData() {}

  static Optional<Path> find(Path sparkHome, Path dataDir) throws IOException {
    var shared = first(sparkHome.resolve("class-data"), 1);
    return shared.isPresent() ? shared : first(dataDir, 6);
  }

  private static Optional<Path> first(Path dir, int depth) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(dir, depth)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".jsa") && Files.isRegularFile(f))
          .findFirst();
    }
  }
}
