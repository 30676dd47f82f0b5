package dev.sluice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The class data sharing archive Sluice's Spark launcher recorded for its Spark JVMs (a {@code
 * .jsa} file under {@code <data-dir>/pipelines/}), so that the bare job starts as the pipeline's
 * steps do.
 */
final class SparkClassData {
  private SparkClassData() {}

  static Optional<Path> find(Path dataDir) throws IOException {
    var pipelines = dataDir.resolve("pipelines");
    if (!Files.isDirectory(pipelines)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(pipelines, 4)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".jsa") && Files.isRegularFile(f))
          .findFirst();
    }
  }
}
