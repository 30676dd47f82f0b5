package dev.sluice.runtime.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.run.RunningJob;
import dev.sluice.core.result.Result;
import dev.sluice.runtime.steps.SparkSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs Sluice cannot start: the failure's message becomes the run's ErrorMessage. */
class JobStartFailureTest {

  @TempDir Path temp;
  private JobFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new JobFixture(temp);
    fixture.settings =
        fixture.settings.withSpark(
            new SparkSettings(
                Path.of(System.getProperty("java.home")),
                List.of(temp.resolve("no-spark.jar")),
                "local[2]",
                "1g",
                temp.resolve("spark"),
                fixture.logs,
                Instant::now,
                null));
  }

  private String failure(String command, String script, Map<String, String> args) {
    Result<RunningJob> started =
        fixture.launcher().start(JobFixture.launch(command, script, args, JobFixture.ETL_LOGS));
    assertThat(started.isOk()).isFalse();
    assertThat(fixture.workRoot.resolve("runs"))
        .satisfiesAnyOf(
            runs -> assertThat(runs).doesNotExist(), runs -> assertThat(runs).isEmptyDirectory());
    return started.failure().message();
  }

  @Test
  void streamingAndRayJobsAreNotRun() {
    assertThat(failure("gluestreaming", "s3://code/stream.py", Map.of()))
        .isEqualTo("Sluice does not run gluestreaming jobs");
    assertThat(failure("glueray", "s3://code/ray.py", Map.of()))
        .isEqualTo("Sluice does not run glueray jobs");
  }

  @Test
  void aJobWithoutAScriptLocationDoesNotStart() {
    assertThat(failure(JobCommand.PYTHON_SHELL, null, Map.of()))
        .isEqualTo("No script to run: the job's Command has no ScriptLocation");
    assertThat(failure(JobCommand.GLUE_ETL, null, Map.of("--job-language", "scala")))
        .isEqualTo("No jar to run: the job has no ScriptLocation and names none in --extra-jars");
  }

  @Test
  void aScalaScriptWithoutAJarIsNotCompiled() {
    assertThat(failure(JobCommand.GLUE_ETL, "s3://code/Job.scala", Map.of("--class", "Job")))
        .isEqualTo(
            "Sluice runs glueetl Scala jobs from compiled jars, not from source: build"
                + " s3://code/Job.scala into a jar and make it the ScriptLocation, or name it first"
                + " in --extra-jars");
  }

  @Test
  void aJarWithoutAMainClassNeedsTheClassArgument() throws IOException {
    var jar = temp.resolve("plain.jar");
    try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new java.util.jar.JarEntry("empty.txt"));
      out.closeEntry();
    }

    assertThat(failure(JobCommand.GLUE_ETL, jar.toString(), Map.of()))
        .isEqualTo(
            "No main class: the job names none in --class and "
                + jar
                + " has no Main-Class in its manifest");
  }

  @Test
  void aMissingJarIsNamed() {
    assertThat(
            failure(
                JobCommand.GLUE_ETL,
                "s3://code/app.jar",
                Map.of("--extra-jars", "s3://code/lib.jar", "--class", "App")))
        .isEqualTo("File does not exist: s3://code/app.jar");
  }

  @Test
  void withoutSparkAJarJobCannotRun() {
    fixture.settings = fixture.settings.withSpark(null);

    assertThat(failure(JobCommand.GLUE_ETL, "s3://code/app.jar", Map.of()))
        .isEqualTo(
            "Sluice runs glueetl jar jobs on Spark, which is not set up here (sluice-spark's build"
                + " output was not found)");
  }
}
