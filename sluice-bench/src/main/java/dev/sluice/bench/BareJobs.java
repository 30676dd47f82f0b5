package dev.sluice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The jobs section's baselines, each a bare process in a fresh directory: the job's main with
 * {@code java} (the Spark JVM's flags and classpath, the job's jar appended; the Spark master and
 * settings as system properties), the same main through SparkSubmit as Sluice's launcher starts it
 * but without Sluice, and {@code python3 first_line.py}.
 */
final class BareJobs {
  private static final Duration LIMIT = Duration.ofMinutes(3);

  private final SparkClasspath classpath;
  private final Path jar;
  private final Path script;
  private final String master;
  private final Path classData;
  private final Path scratch;
  private int runs;

  /**
   * @param classData Sluice's class data archive for Spark JVMs, or null for none
   */
  BareJobs(
      SparkClasspath classpath, Path jar, Path script, int cores, Path classData, Path scratch) {
    this.classpath = classpath;
    this.jar = jar;
    this.script = script;
    this.master = "local[" + cores + "]";
    this.classData = classData;
    this.scratch = scratch;
  }

  /** {@code java <Spark JVM flags> -Dspark.master=local[N] ... bench.EmptyJob --bench-mode m}. */
  JobTiming java(String mode) throws Exception {
    var dir = nextDir();
    var command = new ArrayList<String>(List.of(SparkJvm.java()));
    command.addAll(SparkJvm.flags(classpath.joined(jar.toString()), classData, dir.resolve("tmp")));
    command.add("-Dspark.master=" + master);
    command.add("-Dspark.app.name=bare-java");
    command.add("-Dspark.ui.enabled=false");
    command.add("-Dspark.ui.showConsoleProgress=false");
    command.addAll(List.of(EmptyJob.MAIN, EmptyJob.MODE, mode));
    return run(command, dir, Map.of("SPARK_LOCAL_IP", "127.0.0.1"));
  }

  /** The Spark JVM as Sluice's launcher starts it: SparkSubmit with the job's jar and main. */
  JobTiming submit(String mode) throws Exception {
    var dir = nextDir();
    var command = new ArrayList<String>(List.of(SparkJvm.java()));
    command.addAll(SparkJvm.flags(classpath.joined(), classData, dir.resolve("tmp")));
    command.addAll(List.of(SparkJvm.SUBMIT, "--master", master));
    conf(command, "spark.ui.enabled=false");
    conf(command, "spark.ui.showConsoleProgress=false");
    conf(command, "spark.extraListeners=dev.sluice.spark.OrphanGuard");
    conf(command, "spark.sluice.parentPid=" + ProcessHandle.current().pid());
    conf(command, "spark.app.name=bare-submit");
    command.addAll(List.of("--class", EmptyJob.MAIN, jar.toString(), EmptyJob.MODE, mode));
    return run(command, dir, Map.of("SPARK_LOCAL_IP", "127.0.0.1"));
  }

  /** {@code python3 first_line.py}, unbuffered as Sluice runs Python shell jobs. */
  JobTiming python() throws Exception {
    var dir = nextDir();
    return run(List.of("python3", script.toString()), dir, Map.of("PYTHONUNBUFFERED", "1"));
  }

  private JobTiming run(List<String> command, Path dir, Map<String, String> environment)
      throws Exception {
    try {
      return BareProcess.run(command, dir, environment, LIMIT);
    } finally {
      DirectoryTrees.delete(dir);
    }
  }

  private Path nextDir() throws IOException {
    return Files.createDirectories(scratch.resolve("bare-" + ++runs).resolve("tmp")).getParent();
  }

  private static void conf(List<String> command, String setting) {
    command.add("--conf");
    command.add(setting);
  }
}
