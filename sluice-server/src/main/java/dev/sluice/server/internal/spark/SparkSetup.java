package dev.sluice.server.internal.spark;

import dev.sluice.core.logs.LogSink;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import dev.sluice.runtime.steps.SparkSettings;
import dev.sluice.server.SparkOptions;
import java.nio.file.Path;

/**
 * The Spark that EMR steps and Glue jobs run on, as configured: sluice-spark's classpath (found
 * beside the server or where {@code --spark-home} says), this JVM's Java, the configured master and
 * driver memory, and the class data archive shared beside sluice-spark.jar where that is writable.
 * Each user gives its own work root.
 */
public final class SparkSetup {

  private SparkSetup() {}

  /** The settings, or why sluice-spark's build cannot be found. */
  public static Result<SparkSettings> settings(
      SparkOptions options, Path workRoot, LogSink logs, Clock clock) {
    return settings(options, SparkSettings.defaultMaster(), workRoot, logs, clock);
  }

  /** As {@link #settings}, with {@code defaultMaster} when none is configured. */
  public static Result<SparkSettings> settings(
      SparkOptions options, String defaultMaster, Path workRoot, LogSink logs, Clock clock) {
    var classpath = SparkSettings.locateClasspath(options.home());
    if (!classpath.isOk()) {
      return Result.err(classpath.failure());
    }
    return Result.ok(
        new SparkSettings(
            Path.of(System.getProperty("java.home")),
            classpath.value(),
            options.master() != null ? options.master() : defaultMaster,
            options.driverMemory(),
            workRoot,
            logs,
            clock,
            SparkSettings.sharedClassDataDir(classpath.value(), workRoot)));
  }
}
