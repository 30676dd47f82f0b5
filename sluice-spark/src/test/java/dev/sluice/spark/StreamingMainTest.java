package dev.sluice.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.spark.streaming.JobResult;
import dev.sluice.spark.streaming.JobSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit entry point: a spec file in, a result file and an exit code out. */
class StreamingMainTest {

  @TempDir Path dir;

  @Test
  void writesASuccessfulResultAndExitsZero() throws IOException {
    Path spec = spec("cat", dir.resolve("out"));

    int code = StreamingMain.run(new String[] {spec.toString()}, StreamingMainTest::spark);

    JobResult result = JobResult.read(dir.resolve("result.json"));
    assertThat(code).isZero();
    assertThat(result.succeeded()).isTrue();
    assertThat(result.counters().mapInputRecords()).isEqualTo(2);
    assertThat(Files.readAllLines(dir.resolve("out/part-00000"))).containsExactly("k\t1", "k\t2");
  }

  @Test
  void writesAFailedResultAndExitsOne() throws IOException {
    Files.createDirectories(dir.resolve("out"));
    Path spec = spec("cat", dir.resolve("out"));

    int code = StreamingMain.run(new String[] {spec.toString()}, StreamingMainTest::spark);

    assertThat(code).isOne();
    assertThat(JobResult.read(dir.resolve("result.json")).message()).endsWith("already exists");
  }

  @Test
  void anUnreadableSpecExitsOneWithoutStartingSpark() {
    int code =
        StreamingMain.run(
            new String[] {dir.resolve("missing.json").toString()},
            () -> {
              throw new AssertionError("Spark must not start");
            });

    assertThat(code).isOne();
  }

  private Path spec(String mapper, Path output) throws IOException {
    Path input = Files.writeString(dir.resolve("in.txt"), "k\t2\nk\t1\n");
    JobSpec spec =
        new JobSpec(
            List.of(new JobSpec.InputFile(input.toString(), Files.size(input))),
            output.toString(),
            mapper,
            "sort",
            null,
            null,
            List.of(),
            List.of(),
            Map.of("mapreduce.job.maps", "1"),
            Map.of(),
            dir.resolve("work").toString(),
            dir.resolve("result.json").toString());
    Path file = dir.resolve("job.json");
    spec.write(file);
    return file;
  }

  private static JavaSparkContext spark() {
    return JavaSparkContext.fromSparkContext(
        SparkContext.getOrCreate(StreamingMain.sparkConf().setMaster("local[2]")));
  }
}
