package dev.sluice.runtime.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.run.JobExit;
import dev.sluice.core.jobs.run.JobLogs;
import dev.sluice.core.jobs.run.RunningJob;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * glueetl Python scripts: without PySpark they do not start; with a spark-submit in SPARK_HOME (a
 * stand-in here that reports its command line and runs the script with its {@code --py-files} as
 * the Python path, as spark-submit does for a Python application) they run with Sluice's awsglue.
 */
class PySparkJobTest {

  private static final String STAND_IN =
      """
      #!/bin/sh
      for arg in "$@"; do echo "submit-arg $arg"; done
      echo "submit-env PYSPARK_PYTHON=$PYSPARK_PYTHON SPARK_LOCAL_IP=$SPARK_LOCAL_IP"
      pyfiles=""
      while [ $# -gt 0 ]; do
        case "$1" in
          --py-files) pyfiles="$2"; shift 2 ;;
          --*) shift 2 ;;
          *) break ;;
        esac
      done
      PYTHONPATH=$(echo "$pyfiles" | tr ',' ':') exec "$PYSPARK_PYTHON" "$@"
      """;

  private static final String SCRIPT =
      """
      import sys
      from awsglue.utils import getResolvedOptions
      from awsglue.context import GlueContext
      from awsglue.job import Job
      args = getResolvedOptions(sys.argv, ["JOB_NAME"])
      print("resolved " + args["JOB_NAME"])
      """;

  @TempDir Path temp;
  private JobFixture fixture;
  private final Map<String, String> environment = new HashMap<>(System.getenv());

  @BeforeEach
  void setUp() {
    fixture = new JobFixture(temp);
    environment.remove("SPARK_HOME");
  }

  private Result<RunningJob> start() {
    fixture.settings = fixture.settings.withEnvironment(environment);
    fixture.objects.put("code", "etl/job.py", SCRIPT);
    var launch =
        JobFixture.launch(
            JobCommand.GLUE_ETL, "s3://code/etl/job.py", Map.of(), JobFixture.ETL_LOGS);
    return fixture.launcher().start(launch);
  }

  @Test
  void withoutPySparkTheScriptDoesNotStartAndTheMessageSaysWhy() throws Exception {
    var pysparkMissing =
        new ProcessBuilder("python3", "-c", "import pyspark").start().waitFor() != 0;
    var noSparkSubmit =
        List.of(environment.getOrDefault("PATH", "").split(":")).stream()
            .noneMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "spark-submit")));
    assumeTrue(pysparkMissing && noSparkSubmit, "PySpark is installed here");

    var started = start();

    assertThat(started.isOk()).isFalse();
    assertThat(started.failure().message())
        .isEqualTo(
            "Sluice runs glueetl Python scripts with PySpark, which is not installed here:"
                + " SPARK_HOME is not set, python3 cannot import pyspark (ModuleNotFoundError: No"
                + " module named 'pyspark'), no spark-submit is on the PATH. Install PySpark (pip"
                + " install pyspark) or set SPARK_HOME, or run the script as a pythonshell job.");
  }

  @Test
  void withSparkHomeTheScriptIsSubmittedWithTheAwsglueLibrary() throws Exception {
    environment.put("SPARK_HOME", standInSparkHome().toString());

    var started = start();
    assertThat(started.isOk()).as("%s", started).isTrue();
    var exit = started.value().await(Duration.ofSeconds(30));

    var output = fixture.logs.messages(JobLogs.OUTPUT, JobFixture.RUN_ID);
    assertThat(exit)
        .as("%s", fixture.logs.messages(JobLogs.ERROR, JobFixture.RUN_ID))
        .isEqualTo(new JobExit(0, null));
    var args =
        output.stream()
            .filter(line -> line.startsWith("submit-arg "))
            .map(line -> line.substring("submit-arg ".length()))
            .toList();
    var threads = Runtime.getRuntime().availableProcessors();
    assertThat(args.subList(0, 2)).containsExactly("--master", "local[" + threads + "]");
    assertThat(args).contains("spark.app.name=nightly");
    var pyFiles = args.get(args.indexOf("--py-files") + 1);
    assertThat(pyFiles).isEqualTo(fixture.workRoot.resolve("python/awsglue.zip").toString());
    var script = args.get(args.indexOf("--py-files") + 2);
    assertThat(script).endsWith("/job.py");
    assertThat(args.subList(args.indexOf(script) + 1, args.size()))
        .containsSequence("--JOB_NAME", "nightly");
    assertThat(output)
        .contains("submit-env PYSPARK_PYTHON=python3 SPARK_LOCAL_IP=127.0.0.1", "resolved nightly");
  }

  private Path standInSparkHome() throws IOException {
    var bin = Files.createDirectories(temp.resolve("spark/bin"));
    var submit = Files.writeString(bin.resolve("spark-submit"), STAND_IN);
    Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin.getParent();
  }
}
