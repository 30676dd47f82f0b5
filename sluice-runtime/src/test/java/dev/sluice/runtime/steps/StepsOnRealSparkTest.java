package dev.sluice.runtime.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.core.pipelines.work.EmrStep;
import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.pipelines.work.WorkOutcome;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Steps on real Spark 4.2 with sluice-spark's streaming job: runs when sluice-spark's build output
 * is found ({@link SparkSettings#locateClasspath()}), is skipped otherwise. The step work root is
 * kept under target/, so the class data archive the first run records serves later runs.
 */
class StepsOnRealSparkTest {

  private static final Path WORK_ROOT = Path.of("target", "spark-steps").toAbsolutePath();
  private static final String MAPPER =
      """
      #!/usr/bin/env python3
      import re, sys
      for line in sys.stdin:
          for word in re.findall(r"[a-z']+", line.lower()):
              print("LongValueSum:" + word + "\\t1")
      """;

  private static final Result<List<Path>> LOCATED = SparkSettings.locateClasspath();

  @TempDir Path temp;
  private final RecordedLogs logs = new RecordedLogs();
  private TempDirObjectFiles objects;
  private SparkStepRunner runner;

  private List<Path> classpath;

  @BeforeEach
  void setUp() throws IOException {
    assumeTrue(
        LOCATED.isOk(),
        () -> "Skipped: sluice-spark's build output is absent. " + LOCATED.failure().message());
    classpath = LOCATED.value();
    objects = new TempDirObjectFiles(Files.createDirectory(temp.resolve("blobs")), true);
    var settings =
        new SparkSettings(
            Path.of(System.getProperty("java.home")),
            classpath,
            "local[2]",
            "1g",
            WORK_ROOT,
            logs,
            Instant::now);
    runner = new SparkStepRunner(settings);
  }

  private WorkOutcome run(EmrStep step) {
    var context =
        new WorkContext("df-1", "@wc_1", temp, "pipeline/df-1", "step", Duration.ofMinutes(5));
    return runner.run(step, Map.of(), objects, context);
  }

  @Test
  void countsWordsWithAPythonMapperFromS3AndTheAggregateReducer() {
    objects
        .bucket("out")
        .put("elasticmapreduce", "samples/wordcount/wordSplitter.py", MAPPER)
        .put("data", "wordcount/input/0001", "the quick fox\nthe lazy dog\n")
        .put("data", "wordcount/input/0002", "The fox's den\n");

    var outcome =
        run(
            EmrStep.parse(
                "/home/hadoop/contrib/streaming/hadoop-streaming.jar,-input,s3n://data/wordcount/input,"
                    + "-output,s3://out/wordcount/,-mapper,"
                    + "s3n://elasticmapreduce/samples/wordcount/wordSplitter.py,-reducer,aggregate"));

    assertThat(outcome)
        .as("%s\n%s", outcome, String.join("\n", logs.messages()))
        .isEqualTo(WorkOutcome.success());
    var keys = objects.keys("out");
    assertThat(objects.uploads()).last().isEqualTo("s3://out/wordcount/_SUCCESS");
    var counts = new TreeMap<String, String>();
    keys.stream()
        .filter(key -> key.startsWith("wordcount/part-"))
        .flatMap(key -> objects.read("out", key).lines())
        .forEach(line -> counts.put(line.split("\t")[0], line.split("\t")[1]));
    assertThat(counts)
        .isEqualTo(
            new TreeMap<>(
                Map.of(
                    "the", "3", "quick", "1", "fox", "1", "fox's", "1", "lazy", "1", "dog", "1",
                    "den", "1")));
    assertThat(logs.messages("pipeline/df-1", "step"))
        .anySatisfy(
            line -> assertThat(line).matches("Sluice: first Spark task started after \\d+ ms"));
  }

  @Test
  void runsASparkApplicationJarAsAStep() throws IOException {
    var jar = sparkApplication();

    var outcome = run(new EmrStep(jar.toString(), List.of("demo.Count", "7")));

    assertThat(outcome).as("%s", outcome).isEqualTo(WorkOutcome.success());
    assertThat(logs.messages())
        .contains("COUNT=4 of 7")
        .anySatisfy(line -> assertThat(line).contains("INFO TaskSetManager: Starting task"))
        .anySatisfy(
            line -> assertThat(line).matches("Sluice: first Spark task started after \\d+ ms"));
  }

  /** Compiles a small Spark application against the located Spark jars. */
  private Path sparkApplication() throws IOException {
    var source =
        Files.writeString(
            Files.createDirectories(temp.resolve("src/demo")).resolve("Count.java"),
            """
            package demo;

            import java.util.stream.IntStream;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.SparkSession;

            public class Count {
              public static void main(String[] args) {
                var spark = SparkSession.builder().appName("count").getOrCreate();
                var context = new JavaSparkContext(spark.sparkContext());
                int n = Integer.parseInt(args[0]);
                var numbers = IntStream.rangeClosed(1, n).boxed().toList();
                long odd = context.parallelize(numbers, 2).filter(x -> x % 2 == 1).count();
                System.out.println("COUNT=" + odd + " of " + n);
                spark.stop();
              }
            }
            """);
    var classes = Files.createDirectories(temp.resolve("classes"));
    var cp = classpath.stream().map(Path::toString).collect(Collectors.joining(":"));
    var compiled =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "--release",
                "17",
                "-proc:none",
                "-cp",
                cp,
                "-d",
                classes.toString(),
                source.toString());
    assertThat(compiled).isZero();
    var jar = temp.resolve("count.jar");
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new java.util.jar.JarEntry("demo/Count.class"));
      out.write(Files.readAllBytes(classes.resolve("demo/Count.class")));
      out.closeEntry();
    }
    return jar;
  }
}
