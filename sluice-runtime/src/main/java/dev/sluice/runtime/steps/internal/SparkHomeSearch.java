package dev.sluice.runtime.steps.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds sluice-spark's build output: a directory holding {@code sluice-spark.jar} and {@code
 * spark-classpath.txt} (the Spark jars, {@code :}-separated), named by the system property or the
 * environment variable, or found as {@code sluice-spark/target} in a checkout above one of the
 * start directories.
 */
public final class SparkHomeSearch {

  public static final String JAR = "sluice-spark.jar";
  public static final String CLASSPATH_FILE = "spark-classpath.txt";

  private SparkHomeSearch() {}

  /** The classpath from the first place named or found; property and variable win when set. */
  public static Result<List<Path>> search(String property, String variable, List<Path> starts) {
    for (var named : new String[] {property, variable}) {
      if (named != null && !named.isBlank()) {
        return read(Path.of(named));
      }
    }
    for (var start : starts) {
      for (var dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
        var target = dir.resolve("sluice-spark").resolve("target");
        if (Files.isRegularFile(target.resolve(JAR))
            && Files.isRegularFile(target.resolve(CLASSPATH_FILE))) {
          return read(target);
        }
      }
    }
    return Result.err(
        notFound(
            "Cannot find sluice-spark's build output (sluice-spark/target with "
                + JAR
                + " and "
                + CLASSPATH_FILE
                + "): build it with ./mvnw -pl sluice-spark -am package, or point"
                + " -Dsluice.spark.home or SLUICE_SPARK_HOME at a directory holding both"));
  }

  /** {@code home}'s jar followed by the classpath file's entries, every one checked to exist. */
  public static Result<List<Path>> read(Path home) {
    var jar = home.resolve(JAR);
    var listing = home.resolve(CLASSPATH_FILE);
    if (!Files.isRegularFile(jar) || !Files.isRegularFile(listing)) {
      return Result.err(notFound(home + " does not hold " + JAR + " and " + CLASSPATH_FILE));
    }
    var classpath = new ArrayList<Path>(List.of(jar));
    try {
      for (var entry : Files.readString(listing).strip().split(":")) {
        if (!entry.isBlank()) {
          classpath.add(Path.of(entry.strip()));
        }
      }
    } catch (IOException e) {
      return Result.err(notFound("Cannot read " + listing + ": " + e.getMessage()));
    }
    var missing = classpath.stream().filter(path -> !Files.exists(path)).findFirst();
    if (missing.isPresent()) {
      return Result.err(notFound(listing + " names a missing jar: " + missing.get()));
    }
    return Result.ok(List.copyOf(classpath));
  }

  private static Failure notFound(String message) {
    return Failure.of("SparkNotFound", 500, message);
  }
}
