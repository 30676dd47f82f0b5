package dev.sluice.server;

import java.nio.file.Path;

/**
 * Where Sluice runs Spark work (EMR-style pipeline steps, jobs).
 *
 * @param master a Spark master URL ({@code spark://host:7077}) that steps are submitted to, or null
 *     for local mode in a child JVM with one worker thread per core
 * @param home the directory holding {@code sluice-spark.jar} and {@code spark-classpath.txt} (the
 *     build's {@code sluice-spark/target}), or null to look for it beside the checkout
 * @param driverMemory the child JVM's heap ({@code -Xmx}), e.g. {@code 1g}; Spark refuses less than
 *     {@code 512m}
 */
public record SparkOptions(String master, Path home, String driverMemory) {
  public static final String DEFAULT_DRIVER_MEMORY = "1g";

  public static SparkOptions defaults() {
    return new SparkOptions(null, null, DEFAULT_DRIVER_MEMORY);
  }

  public SparkOptions withMaster(String master) {
    return new SparkOptions(master, home, driverMemory);
  }

  public SparkOptions withHome(Path home) {
    return new SparkOptions(master, home, driverMemory);
  }

  public SparkOptions withDriverMemory(String driverMemory) {
    return new SparkOptions(master, home, driverMemory);
  }
}
