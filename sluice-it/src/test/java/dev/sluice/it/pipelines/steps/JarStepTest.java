package dev.sluice.it.pipelines.steps;

import static dev.sluice.it.pipelines.steps.StepPipeline.step;
import static dev.sluice.it.pipelines.steps.StepRig.s3;
import static dev.sluice.it.support.PipelineRuns.required;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * A custom jar step: a Spark application compiled here, fetched from S3 and run on Spark with the
 * step's arguments, by its manifest's Main-Class or by the class the first argument names; its exit
 * code decides the attempt.
 */
@ExtendWith(SharedSluice.class)
class JarStepTest {
  private static final String APP =
      """
      package demo;

      import java.util.Arrays;
      import org.apache.spark.SparkConf;
      import org.apache.spark.api.java.JavaSparkContext;

      public class CountB {
        public static void main(String[] args) {
          if (args.length > 0 && args[0].equals("refuse")) {
            System.err.println("jar step refused: " + String.join(" ", args));
            System.exit(2);
          }
          try (var spark = new JavaSparkContext(new SparkConf().setAppName("count-b"))) {
            long n = spark.parallelize(Arrays.asList(args), 2).filter(a -> a.startsWith("b")).count();
            System.out.println("jar step counted " + n + " of " + args.length + " arguments");
          }
        }
      }
      """;

  @BeforeAll
  static void uploadTheJars(StepRig rig) {
    assumeTrue(
        Files.isRegularFile(SparkAppJar.SPARK_CLASSPATH),
        "build sluice-spark first: " + SparkAppJar.SPARK_CLASSPATH + " is missing");
    rig.s3.putObject(
        b -> b.bucket(StepRig.BUCKET).key("jars/count-b.jar"),
        RequestBody.fromBytes(SparkAppJar.build("demo.CountB", APP, true)));
    rig.s3.putObject(
        b -> b.bucket(StepRig.BUCKET).key("jars/no-main.jar"),
        RequestBody.fromBytes(SparkAppJar.build("demo.CountB", APP, false)));
  }

  @Test
  void theManifestsMainClassRunsOnSparkWithTheStepsArguments(StepRig rig) {
    var id =
        rig.runToSuccess(
            "jar-step",
            StepPipeline.of(step(s3("jars/count-b.jar"), "alpha", "beta", "bravo", "gamma")));

    assertThat(rig.logLines(id))
        .contains("jar step counted 2 of 4 arguments")
        .anyMatch(line -> line.matches("Sluice: first Spark task started after \\d+ ms"));
  }

  @Test
  void theFirstArgumentNamesTheClassOfAJarWithoutMainClassAndAnExitCodeFailsTheStep(StepRig rig) {
    var id =
        rig.run(
            "jar-step-fails",
            StepPipeline.of(step(s3("jars/no-main.jar"), "demo.CountB", "refuse", "now")));

    var attempt = rig.attempts(id).get(0);
    assertThat(required(attempt, "@status")).isEqualTo("FAILED");
    assertThat(required(attempt, "errorMessage")).isEqualTo("no-main.jar failed with exit code 2");
    assertThat(required(attempt, "errorStackTrace")).contains("jar step refused: refuse now");
  }
}
