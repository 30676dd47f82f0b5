package dev.sluice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Spark JVM's classpath as Sluice's launcher gives it: sluice-spark.jar, then the entries of
 * {@code spark-classpath.txt} (Spark 4.2 and its dependencies), both from sluice-spark's build
 * output.
 *
 * @param jar sluice-spark.jar
 * @param entries the whole classpath, sluice-spark.jar first
 */
record SparkClasspath(Path jar, List<String> entries) {

  /** The classpath from {@code home} (sluice-spark's target), or empty when it is not built. */
  static Optional<SparkClasspath> read(Path home) throws IOException {
    var jar = home.resolve("sluice-spark.jar");
    var listing = home.resolve("spark-classpath.txt");
    if (!Files.isRegularFile(jar) || !Files.isRegularFile(listing)) {
      return Optional.empty();
    }
    var entries = new ArrayList<String>(List.of(jar.toString()));
    for (var entry : Files.readString(listing).strip().split(":")) {
      if (!entry.isBlank()) {
        entries.add(entry.strip());
      }
    }
    return Optional.of(new SparkClasspath(jar, List.copyOf(entries)));
  }

  /** The entries joined for {@code -cp}, followed by {@code more}. */
  String joined(String... more) {
    var all = new ArrayList<>(entries);
    all.addAll(List.of(more));
    return String.join(":", all);
  }
}
