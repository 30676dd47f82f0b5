package dev.sluice.runtime.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.run.JobExit;
import dev.sluice.core.jobs.run.JobLogs;
import dev.sluice.core.result.Result;
import dev.sluice.runtime.steps.SparkSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * glueetl jar jobs on real Spark 4.2, resolving their arguments with sluice-spark's GlueArgs: run
 * when sluice-spark's build output is found ({@link SparkSettings#locateClasspath()}), skipped
 * otherwise. The class data archive is shared with the steps' Spark tests.
 */
class SparkJarJobTest {

  private static final Path WORK_ROOT = Path.of("target", "spark-jobs").toAbsolutePath();
  private static final Result<List<Path>> LOCATED = SparkSettings.locateClasspath();
  private static final String REPORT =
      """
      package demo;

      import dev.sluice.spark.glue.GlueArgs;
      import org.apache.spark.sql.SparkSession;

      public class Report {
        public static void main(String[] args) {
          var resolved = GlueArgs.resolve(args, "JOB_NAME", "greeting");
          var spark = SparkSession.builder().getOrCreate();
          var context = spark.sparkContext();
          System.out.println(
              resolved.get("greeting") + " from " + resolved.get("JOB_NAME")
                  + ": count=" + spark.range(5).count()
                  + " app=" + context.appName()
                  + " master=" + context.master()
                  + " endpoint=" + System.getenv("AWS_ENDPOINT_URL"));
          spark.stop();
        }
      }
      """;

  @TempDir static Path classes;
  private static Path jar;

  @TempDir Path temp;
  private JobFixture fixture;

  @BeforeAll
  static void compile() throws IOException {
    if (LOCATED.isOk()) {
      jar = compile(LOCATED.value());
    }
  }

  @BeforeEach
  void setUp() {
    assumeTrue(
        LOCATED.isOk(),
        () -> "Skipped: sluice-spark's build output is absent. " + LOCATED.failure().message());
    var classpath = LOCATED.value();
    fixture = new JobFixture(temp);
    fixture.settings =
        fixture.settings.withSpark(
            new SparkSettings(
                Path.of(System.getProperty("java.home")),
                classpath,
                "local[*]",
                "1g",
                WORK_ROOT,
                fixture.logs,
                Instant::now,
                SparkSettings.sharedClassDataDir(classpath, WORK_ROOT)));
  }

  private JobExit run(String script, Map<String, String> args) throws InterruptedException {
    var launch =
        JobFixture.launch(JobCommand.GLUE_ETL, script, args, JobFixture.ETL_LOGS, "G.025X", 2);
    var started = fixture.launcher().start(launch);
    assertThat(started.isOk()).as("%s", started).isTrue();
    var exit = started.value().await(Duration.ofSeconds(90));
    assertThat(exit).as("the job ended").isNotNull();
    return exit;
  }

  @Test
  void runsTheFirstExtraJarWithItsClassAndTheRunsArgumentsOnLocalSpark() throws Exception {
    fixture.objects.put("code", "jobs/report.jar", Files.readAllBytes(jar));

    var exit =
        run(
            "s3://code/jobs/report.scala",
            Map.of(
                "--extra-jars", "s3://code/jobs/report.jar",
                "--class", "demo.Report",
                "--greeting", "hello"));

    var errors = fixture.logs.messages(JobLogs.ERROR, JobFixture.RUN_ID);
    assertThat(exit).as(String.join("\n", errors)).isEqualTo(new JobExit(0, null));
    var threads = Math.min(4, Runtime.getRuntime().availableProcessors());
    assertThat(fixture.logs.messages(JobLogs.OUTPUT, JobFixture.RUN_ID))
        .contains(
            "hello from nightly: count=5 app=nightly master=local["
                + threads
                + "] endpoint="
                + JobFixture.ENDPOINT);
    assertThat(errors)
        .contains(
            "Sluice: Spark for 2 G.025X workers: local["
                + threads
                + "] ("
                + Runtime.getRuntime().availableProcessors()
                + " processors here)")
        .anySatisfy(line -> assertThat(line).contains("INFO SparkContext"));
  }

  @Test
  void aJobThatThrowsFailsWithItsExceptionAsTheErrorMessage() throws Exception {
    var exit = run(jar.toString(), Map.of("--class", "demo.Report"));

    assertThat(exit)
        .isEqualTo(
            new JobExit(
                1,
                "dev.sluice.spark.glue.GlueArgumentException: the following arguments are"
                    + " required: --greeting"));
  }

  /** Compiles the report against Spark and sluice-spark into a jar without a Main-Class. */
  private static Path compile(List<Path> classpath) throws IOException {
    var source =
        Files.writeString(
            Files.createDirectories(classes.resolve("src/demo")).resolve("Report.java"), REPORT);
    var output = Files.createDirectories(classes.resolve("classes"));
    var cp = classpath.stream().map(Path::toString).collect(Collectors.joining(":"));
    var compiled =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "--release",
                "21",
                "-proc:none",
                "-cp",
                cp,
                "-d",
                output.toString(),
                source.toString());
    assertThat(compiled).isZero();
    var built = classes.resolve("report.jar");
    try (var out = new JarOutputStream(Files.newOutputStream(built))) {
      out.putNextEntry(new JarEntry("demo/Report.class"));
      out.write(Files.readAllBytes(output.resolve("demo/Report.class")));
      out.closeEntry();
    }
    return built;
  }
}
