package dev.sluice.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Sluice checkout the bench was built in: where the pipelines section finds the Maven wrapper,
 * the Hadoop baseline's pom, sluice-spark's build output and the word count's mapper.
 */
record BenchCheckout(Path root) {
  private static final String HADOOP_POM = "sluice-bench/hadoop-baseline/pom.xml";

  /** The first directory at or above one of {@code starts} holding mvnw and the Hadoop pom. */
  static Optional<BenchCheckout> find(Path... starts) {
    for (var start : starts) {
      for (var dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
        if (Files.isRegularFile(dir.resolve("mvnw"))
            && Files.isRegularFile(dir.resolve(HADOOP_POM))) {
          return Optional.of(new BenchCheckout(dir));
        }
      }
    }
    return Optional.empty();
  }

  Path mvnw() {
    return root.resolve("mvnw");
  }

  Path hadoopPom() {
    return root.resolve(HADOOP_POM);
  }

  /**
   * sluice-spark's build output ({@code sluice-spark.jar} and {@code spark-classpath.txt}): where
   * {@code -Dsluice.spark.home} or {@code SLUICE_SPARK_HOME} point, as for the server, else the
   * checkout's {@code sluice-spark/target}.
   */
  Path sparkHome() {
    for (var named :
        new String[] {
          System.getProperty("sluice.spark.home"), System.getenv("SLUICE_SPARK_HOME")
        }) {
      if (named != null && !named.isBlank()) {
        return Path.of(named);
      }
    }
    return root.resolve("sluice-spark/target");
  }

  /** Scenario 1's mapper (Python 3). */
  Path wordSplitter() {
    return root.resolve("examples/wordcount/wordSplitter.py");
  }
}
