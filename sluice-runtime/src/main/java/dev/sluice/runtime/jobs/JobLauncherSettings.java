package dev.sluice.runtime.jobs;

import dev.sluice.core.logs.LogSink;
import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.time.Clock;
import dev.sluice.runtime.steps.SparkSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How {@link GlueJobLauncher} runs jobs.
 *
 * @param spark the Spark that runs glueetl jar jobs (Java, classpath, master, driver memory, class
 *     data archive); its master and driver memory serve PySpark jobs too. Null when Sluice has no
 *     Spark: then glueetl jar jobs fail to start
 * @param python the Python executable of Python shell jobs and of PySpark's driver and workers
 *     ({@value #DEFAULT_PYTHON} when null)
 * @param workRoot where each run gets a directory of its own (removed when the run ends) and
 *     Sluice's awsglue library for Python jobs is written
 * @param logSink where the runs' output goes
 * @param clock stamps log lines
 * @param endpointUrl what jobs get as {@code AWS_ENDPOINT_URL} (Sluice's own URL), or null
 * @param region what jobs get as {@code AWS_REGION} and {@code AWS_DEFAULT_REGION} ({@value
 *     #DEFAULT_REGION} when null)
 * @param objects where {@code s3://} scripts, jars and Python files are read
 * @param environment the variables jobs' processes start from (Sluice's own when null); jobs get
 *     the dummy credentials {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY} {@value
 *     #DUMMY_CREDENTIAL} when it has none
 */
public record JobLauncherSettings(
    SparkSettings spark,
    String python,
    Path workRoot,
    LogSink logSink,
    Clock clock,
    String endpointUrl,
    String region,
    ObjectFiles objects,
    Map<String, String> environment) {

  public static final String DEFAULT_PYTHON = "python3";
  public static final String DEFAULT_REGION = "us-east-1";
  public static final String DUMMY_CREDENTIAL = "test";

  public JobLauncherSettings {
    python = python == null ? DEFAULT_PYTHON : python;
    region = region == null ? DEFAULT_REGION : region;
    environment = Map.copyOf(environment == null ? System.getenv() : environment);
    Objects.requireNonNull(workRoot, "workRoot");
    Objects.requireNonNull(logSink, "logSink");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(objects, "objects");
  }

  /** Settings with the default Python, region and Sluice's own environment. */
  public JobLauncherSettings(
      SparkSettings spark,
      Path workRoot,
      LogSink logSink,
      Clock clock,
      String endpointUrl,
      ObjectFiles objects) {
    this(spark, null, workRoot, logSink, clock, endpointUrl, null, objects, null);
  }

  public JobLauncherSettings withPython(String executable) {
    return new JobLauncherSettings(
        spark, executable, workRoot, logSink, clock, endpointUrl, region, objects, environment);
  }

  public JobLauncherSettings withEnvironment(Map<String, String> variables) {
    return new JobLauncherSettings(
        spark, python, workRoot, logSink, clock, endpointUrl, region, objects, variables);
  }

  public JobLauncherSettings withSpark(SparkSettings settings) {
    return new JobLauncherSettings(
        settings, python, workRoot, logSink, clock, endpointUrl, region, objects, environment);
  }
}
