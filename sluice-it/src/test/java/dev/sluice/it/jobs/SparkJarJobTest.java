package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.it.support.GlueClients;
import dev.sluice.it.support.JavaAppJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.JobRunState;
import software.amazon.awssdk.services.glue.model.WorkerType;

/**
 * A glueetl job from a jar runs on Sluice's Spark in a child JVM: the class {@code --class} names,
 * the run's arguments resolved with sluice-spark's GlueArgs, its WorkerType and NumberOfWorkers as
 * Spark's local threads; what the driver prints is the output log. An exception out of main fails
 * the run with the exception's line.
 */
@ExtendWith(SharedJobs.class)
class SparkJarJobTest {
  static final Path SPARK = Path.of("..", "sluice-spark", "target");
  private static final String MAIN =
      """
      package demo;

      import dev.sluice.spark.glue.GlueArgs;
      import java.util.Arrays;
      import org.apache.spark.SparkConf;
      import org.apache.spark.api.java.JavaSparkContext;

      public class GlueMain {
        public static void main(String[] args) {
          var resolved = GlueArgs.resolve(args, "JOB_NAME", "table");
          System.out.println("job " + resolved.get("JOB_NAME") + " reads " + resolved.get("table"));
          try (var spark = new JavaSparkContext(new SparkConf())) {
            System.out.println("master " + spark.master());
            long even = spark.parallelize(Arrays.asList(1, 2, 3, 4, 5), 2).filter(i -> i % 2 == 0).count();
            System.out.println("counted " + even + " even numbers");
          }
        }
      }
      """;

  static Jobs jobs;

  @BeforeAll
  static void uploadTheJarAndCreateTheJob(Jobs shared) throws IOException {
    jobs = shared;
    var sparkClasspath = SPARK.resolve("spark-classpath.txt");
    assumeTrue(
        Files.isRegularFile(sparkClasspath) && Files.isDirectory(SPARK.resolve("classes")),
        "build sluice-spark first: " + SPARK + " has no classes or spark-classpath.txt");
    var classpath = SPARK.resolve("classes") + ":" + Files.readString(sparkClasspath).strip();
    var jar =
        jobs.upload(
            "jars/glue-main.jar", JavaAppJar.build("demo.GlueMain", MAIN, classpath, false));
    jobs.glue.createJob(
        b ->
            b.name("spark-jar")
                .role(GlueClients.ROLE)
                .command(c -> c.name("glueetl").scriptLocation(jar))
                .defaultArguments(Map.of("--class", "demo.GlueMain"))
                .workerType(WorkerType.G_1_X)
                .numberOfWorkers(2));
  }

  @Test
  void theJarRunsOnSparkWithItsResolvedArguments() {
    var run = jobs.runToEnd("spark-jar", Map.of("--table", "orders"));

    assertThat(run.jobRunState())
        .as("%s; log:%n%s", run.errorMessage(), String.join("\n", jobs.lines(Jobs.ERROR, run.id())))
        .isEqualTo(JobRunState.SUCCEEDED);
    assertThat(run.workerType()).isEqualTo(WorkerType.G_1_X);
    assertThat(run.numberOfWorkers()).isEqualTo(2);
    assertThat(run.logGroupName()).isEqualTo("/aws-glue/jobs");
    int threads = Math.min(2 * 4, Runtime.getRuntime().availableProcessors());
    assertThat(jobs.lines(Jobs.OUTPUT, run.id()))
        .contains(
            "job spark-jar reads orders",
            "master local[" + threads + "]",
            "counted 2 even numbers");
    assertThat(jobs.lines(Jobs.ERROR, run.id()))
        .anyMatch(
            line -> line.startsWith("Sluice: Spark for 2 G.1X workers: local[" + threads + "]"));
  }

  @Test
  void anExceptionOutOfMainFailsTheRunWithItsLine() {
    var run = jobs.runToEnd("spark-jar", Map.of());

    assertThat(run.jobRunState()).isEqualTo(JobRunState.FAILED);
    assertThat(run.errorMessage())
        .isEqualTo(
            "dev.sluice.spark.glue.GlueArgumentException: the following arguments are required:"
                + " --table");
    assertThat(jobs.lines(Jobs.ERROR, run.id()))
        .anyMatch(line -> line.contains("GlueArgumentException"));
  }
}
