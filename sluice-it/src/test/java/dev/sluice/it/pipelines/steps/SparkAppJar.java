package dev.sluice.it.pipelines.steps;

import dev.sluice.it.support.JavaAppJar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Spark application jar built by the test: Java sources compiled with javax.tools against the
 * Spark jars sluice-spark's build lists ({@code sluice-spark/target/spark-classpath.txt}).
 */
final class SparkAppJar {
  static final Path SPARK_CLASSPATH =
      Path.of("..", "sluice-spark", "target", "spark-classpath.txt");

  private SparkAppJar() {}

  /** A jar of {@code source} (class {@code className}), with Main-Class when {@code main}. */
  static byte[] build(String className, String source, boolean main) {
    try {
      return JavaAppJar.build(className, source, Files.readString(SPARK_CLASSPATH).strip(), main);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
