package dev.sluice.runtime.steps;

import dev.sluice.core.logs.LogSink;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import dev.sluice.runtime.steps.internal.SparkHomeSearch;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How {@link SparkStepRunner} runs steps.
 *
 * @param javaHome the JDK or JRE whose {@code bin/java} runs Spark (17 or newer)
 * @param classpath sluice-spark.jar, then Spark 4.2.0 and its dependencies
 * @param master {@code local}, {@code local[N]}, {@code local[*]} or {@code spark://host:port}
 * @param driverMemory the Spark JVM's heap, as {@code 1g} or {@code 768m}; at least 512m, the least
 *     Spark accepts
 * @param workRoot where each step gets a directory of its own (downloads, Spark's scratch, the
 *     job's output before upload), removed when the step ends
 * @param logSink where step output goes
 * @param clock stamps log lines and measures steps' timeouts
 * @param classDataDir where the Spark JVM's class data sharing archive is kept (about halves its
 *     start), or null for none; by default {@code <workRoot>/class-data}
 */
public record SparkSettings(
    Path javaHome,
    List<Path> classpath,
    String master,
    String driverMemory,
    Path workRoot,
    LogSink logSink,
    Clock clock,
    Path classDataDir) {

  public static final String HOME_PROPERTY = "sluice.spark.home";
  public static final String HOME_VARIABLE = "SLUICE_SPARK_HOME";
  public static final String DEFAULT_DRIVER_MEMORY = "1g";

  private static final Pattern MASTER =
      Pattern.compile("local(\\[(\\d+|\\*)(,\\d+)?])?|spark://[^/\\s]+:\\d+(,[^/\\s]+:\\d+)*");
  private static final Pattern MEMORY = Pattern.compile("(\\d+)([kmgt]?)b?");
  private static final long LEAST_MEMORY = 512L << 20;

  public SparkSettings {
    classpath = List.copyOf(classpath);
    if (classpath.isEmpty()) {
      throw new IllegalArgumentException("the Spark classpath is empty");
    }
    if (!MASTER.matcher(master).matches()) {
      throw new IllegalArgumentException("not a Spark master Sluice can use: " + master);
    }
    if (memoryBytes(driverMemory) < LEAST_MEMORY) {
      throw new IllegalArgumentException("Spark needs at least 512m, not " + driverMemory);
    }
  }

  /** Settings that keep the class data archive in {@code <workRoot>/class-data}. */
  public SparkSettings(
      Path javaHome,
      List<Path> classpath,
      String master,
      String driverMemory,
      Path workRoot,
      LogSink logSink,
      Clock clock) {
    this(
        javaHome,
        classpath,
        master,
        driverMemory,
        workRoot,
        logSink,
        clock,
        workRoot.resolve("class-data"));
  }

  /**
   * Where the class data archive of Spark JVMs from {@code classpath} is best kept: beside
   * sluice-spark.jar ({@code <spark home>/class-data}) when that directory is writable, so every
   * Sluice started on this build (each with a data directory of its own: demos, tests) shares it;
   * else under the work root. The archive's name tells JDKs, heaps and builds apart.
   */
  public static Path sharedClassDataDir(List<Path> classpath, Path workRoot) {
    var home = classpath.get(0).toAbsolutePath().getParent();
    return home != null && Files.isDirectory(home) && Files.isWritable(home)
        ? home.resolve("class-data")
        : workRoot.resolve("class-data");
  }

  /** {@code local[N]} with N the processors available. */
  public static String defaultMaster() {
    return "local[" + Runtime.getRuntime().availableProcessors() + "]";
  }

  /**
   * Settings with this JVM's Java, the default master and driver memory, and the classpath from
   * {@link #locateClasspath()}.
   */
  public static Result<SparkSettings> locate(Path workRoot, LogSink logSink, Clock clock) {
    return locateClasspath()
        .map(
            classpath ->
                new SparkSettings(
                    Path.of(System.getProperty("java.home")),
                    classpath,
                    defaultMaster(),
                    DEFAULT_DRIVER_MEMORY,
                    workRoot,
                    logSink,
                    clock));
  }

  /**
   * sluice-spark.jar and Spark's jars, from the directory named by {@value #HOME_PROPERTY} or
   * {@value #HOME_VARIABLE} (holding {@code sluice-spark.jar} and {@code spark-classpath.txt}), or
   * else from the {@code sluice-spark/target} of a checkout above the working directory or above
   * the jar or directory this class was loaded from.
   */
  public static Result<List<Path>> locateClasspath() {
    return locateClasspath(null);
  }

  /** As {@link #locateClasspath()}, but from {@code home} when it is not null. */
  public static Result<List<Path>> locateClasspath(Path home) {
    var starts = new ArrayList<Path>(List.of(Path.of("").toAbsolutePath()));
    codeLocation().ifPresent(starts::add);
    return SparkHomeSearch.search(
        home != null ? home.toString() : System.getProperty(HOME_PROPERTY),
        System.getenv(HOME_VARIABLE),
        starts);
  }

  public SparkSettings withMaster(String newMaster) {
    return new SparkSettings(
        javaHome, classpath, newMaster, driverMemory, workRoot, logSink, clock, classDataDir);
  }

  public SparkSettings withDriverMemory(String memory) {
    return new SparkSettings(
        javaHome, classpath, master, memory, workRoot, logSink, clock, classDataDir);
  }

  public SparkSettings withJavaHome(Path home) {
    return new SparkSettings(
        home, classpath, master, driverMemory, workRoot, logSink, clock, classDataDir);
  }

  /** The same settings without a class data archive ({@code classDataDir} null). */
  public SparkSettings withoutClassData() {
    return new SparkSettings(
        javaHome, classpath, master, driverMemory, workRoot, logSink, clock, null);
  }

  /** The JVM option giving the Spark JVM {@link #driverMemory()} of heap. */
  public String heapOption() {
    return "-Xmx" + (memoryBytes(driverMemory) >> 20) + "m";
  }

  /** True for {@code local...} masters: the whole job runs in the one child JVM. */
  public boolean localMaster() {
    return master.startsWith("local");
  }

  private static long memoryBytes(String memory) {
    var matcher = MEMORY.matcher(memory.toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a memory size: " + memory);
    }
    var shift =
        switch (matcher.group(2)) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          case "t" -> 40;
          default -> 0;
        };
    return Long.parseLong(matcher.group(1)) << shift;
  }

  private static java.util.Optional<Path> codeLocation() {
    try {
      var source = SparkSettings.class.getProtectionDomain().getCodeSource();
      return source == null
          ? java.util.Optional.empty()
          : java.util.Optional.of(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }
}
