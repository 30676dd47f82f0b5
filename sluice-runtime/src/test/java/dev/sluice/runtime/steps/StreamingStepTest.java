package dev.sluice.runtime.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.EmrStep;
import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.pipelines.work.WorkOutcome;
import dev.sluice.runtime.steps.internal.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming steps through the launcher, on the stand-in Spark ({@link StandInSpark}). */
class StreamingStepTest {

  private static final String STREAMING = "/home/hadoop/contrib/streaming/hadoop-streaming.jar";
  private static final Map<String, String> WRITER = Map.of(OutputWriter.METADATA, "df-1/@wc_1");

  @TempDir Path temp;
  private final RecordedLogs logs = new RecordedLogs();
  private TempDirObjectFiles objects;
  private Path workRoot;
  private SparkStepRunner runner;

  @BeforeEach
  void setUp() throws IOException {
    objects = new TempDirObjectFiles(Files.createDirectory(temp.resolve("blobs")), false);
    objects
        .bucket("out")
        .put("data", "in/a.txt", "a b\n")
        .put("code", "wordSplitter.py", "#!/usr/bin/env python3\n");
    workRoot = temp.resolve("steps");
    runner = new SparkStepRunner(StandInSpark.settings(workRoot, logs));
  }

  private WorkOutcome run(String step) {
    var context =
        new WorkContext("df-1", "@wc_1", temp, "pipeline/df-1", "wc", Duration.ofMinutes(1));
    return runner.run(EmrStep.parse(step), Map.of(), objects, context);
  }

  @Test
  void uploadsTheJobsOutputWithSuccessLast() {
    var outcome =
        run(
            STREAMING
                + ",-input,s3n://data/in,-output,s3://out/wc/,-mapper,s3n://code/wordSplitter.py,-reducer,aggregate");

    assertThat(outcome).isEqualTo(WorkOutcome.success());
    assertThat(objects.uploads())
        .containsExactly(
            "s3://out/wc/part-00000", "s3://out/wc/part-00001", "s3://out/wc/_SUCCESS");
    var spec = objects.read("out", "wc/part-00000");
    assertThat(spec)
        .contains(
            "\"mapper\" : \"wordSplitter.py\"", "\"reducer\" : \"aggregate\"", "\"size\" : 4");
    assertThat(spec).doesNotContain("s3n://");
    assertThat(logs.messages("pipeline/df-1", "wc"))
        .contains("Sluice: wrote 3 objects to s3://out/wc/");
    assertThat(objects.metadata("out", "wc/_SUCCESS")).isEqualTo(WRITER);
    assertThat(objects.metadata("out", "wc/part-00001")).isEqualTo(WRITER);
  }

  @Test
  void anOutputOnlyThisAttemptWroteBeforeSluiceStoppedIsReplaced() {
    objects
        .put("out", "redo/part-00000", "partial", WRITER)
        .put("out", "redo/_temporary/0", "scratch", WRITER);

    var outcome = run(STREAMING + ",-input,s3://data/in,-output,s3://out/redo,-mapper,cat");

    assertThat(outcome).isEqualTo(WorkOutcome.success());
    assertThat(objects.keys("out"))
        .containsExactly("redo/_SUCCESS", "redo/part-00000", "redo/part-00001");
    assertThat(objects.read("out", "redo/part-00000")).isNotEqualTo("partial");
    assertThat(logs.messages())
        .contains("Sluice: removed 2 objects an earlier run of this attempt left in s3://out/redo");
  }

  @Test
  void anOutputHoldingAnythingThisAttemptDidNotWriteIsLeftAlone() {
    objects
        .put("out", "mixed/part-00000", "mine", WRITER)
        .put(
            "out",
            "mixed/part-00001",
            "an earlier attempt's",
            Map.of(OutputWriter.METADATA, "df-1/@wc_0"))
        .put("out", "other/part-00000", "unmarked");

    var mixed = run(STREAMING + ",-input,s3://data/in,-output,s3://out/mixed,-mapper,cat");
    var other = run(STREAMING + ",-input,s3://data/in,-output,s3://out/other,-mapper,cat");

    assertThat(mixed)
        .isEqualTo(WorkOutcome.failure("Output directory s3://out/mixed already exists", null));
    assertThat(other)
        .isEqualTo(WorkOutcome.failure("Output directory s3://out/other already exists", null));
    assertThat(objects.keys("out"))
        .containsExactly("mixed/part-00000", "mixed/part-00001", "other/part-00000");
  }

  @Test
  void hadoopStreamingThroughCommandRunnerIsTheSameStep() {
    var outcome =
        run(
            "command-runner.jar,hadoop-streaming,-input,s3://data/in/a.txt,-output,s3://out/cr,-mapper,cat");

    assertThat(outcome.succeeded()).isTrue();
    assertThat(objects.keys("out"))
        .containsExactly("cr/_SUCCESS", "cr/part-00000", "cr/part-00001");
  }

  @Test
  void aFailedJobReportsItsMessageAndDetail() {
    var outcome = run(STREAMING + ",-input,s3://data/in,-output,s3://out/f,-mapper,standin-fail");

    assertThat(outcome).isEqualTo(WorkOutcome.failure("Mapper exited with 2", "Traceback: boom"));
    assertThat(objects.uploads()).isEmpty();
    assertThat(logs.messages()).contains("Sluice: step failed: Mapper exited with 2");
  }

  @Test
  void aJobThatEndsWithoutAResultFailsWithTheEndOfItsStderr() {
    var outcome = run(STREAMING + ",-input,s3://data/in,-output,s3://out/f,-mapper,standin-crash");

    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.errorMessage())
        .isEqualTo("Spark ended with exit code 3 without a job result");
    assertThat(outcome.errorStackTrace()).endsWith("java.lang.OutOfMemoryError: stand-in\n");
  }

  @Test
  void anExistingOutputFailsWithoutStartingSpark() {
    objects.put("out", "done/part-00000", "old");

    var outcome = run(STREAMING + ",-input,s3://data/in,-output,s3://out/done,-mapper,cat");

    assertThat(outcome)
        .isEqualTo(WorkOutcome.failure("Output directory s3://out/done already exists", null));
    assertThat(logs.messages()).noneMatch(line -> line.startsWith("Sluice: starting Spark"));
  }

  @Test
  void theStepsDirectoryIsRemovedAfterwards() throws IOException {
    run(STREAMING + ",-input,s3://data/in,-output,s3://out/x,-mapper,cat");
    run(STREAMING + ",-input,s3://data/in,-output,s3://out/y,-mapper,standin-crash");

    try (var left = Files.list(workRoot)) {
      assertThat(left).isEmpty();
    }
  }
}
