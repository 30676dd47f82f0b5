package dev.sluice.spark.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a step fails: refused at submission, or a task's program failing. */
class FailuresTest {

  @TempDir Path dir;

  @Test
  void anExistingOutputDirectoryIsRefusedAndLeftAlone() throws IOException {
    Step step = Step.in(dir).input("in.txt", "a\n");
    Files.createDirectories(step.output());
    Files.writeString(step.output().resolve("old"), "keep");

    JobResult result = step.run();

    assertThat(result.succeeded()).isFalse();
    assertThat(result.message()).isEqualTo("Output directory " + step.output() + " already exists");
    assertThat(step.outputNames()).containsExactly("old");
  }

  @Test
  void aMissingInputIsRefused() {
    Step step = Step.in(dir).input(dir.resolve("nowhere.txt"));

    JobResult result = step.run();

    assertThat(result.message())
        .isEqualTo("Input path does not exist: file:" + dir.resolve("nowhere.txt"));
    assertThat(step.output()).doesNotExist();
  }

  @Test
  void aMapperExitingNonZeroFailsTheJobWithItsStderr() {
    Step step = Step.in(dir).input("in.txt", "a\nb\n");
    Path failing =
        step.script(
            "fail.sh",
            "#!/bin/sh\ncat > /dev/null\necho 'mapper broke: bad record' >&2\nexit 3\n",
            true);
    step.mapper("fail.sh").file(failing);

    JobResult result = step.run();

    assertThat(result.succeeded()).isFalse();
    assertThat(result.message())
        .matches("Task attempt_\\d+_0001_m_00000\\d_0 failed: .*")
        .endsWith("PipeMapRed.waitOutputThreads(): subprocess failed with code 3");
    assertThat(result.detail()).contains("mapper broke: bad record");
    assertThat(step.outputNames()).isEmpty();
    assertThat(step.log()).contains("Job not successful!", "Streaming Command Failed!");
  }

  @Test
  void aFailingReducerFailsTheJob() {
    Step step = Step.in(dir).input("in.txt", "a\t1\n");
    Path failing =
        step.script(
            "fail.py",
            "import sys\nsys.stdin.read()\nsys.stderr.write('no luck\\n')\nsys.exit(2)\n",
            false);
    step.reducer("fail.py").file(failing);

    JobResult result = step.run();

    assertThat(result.message())
        .contains("_r_000000_0 failed")
        .endsWith("subprocess failed with code 2");
    assertThat(result.detail()).isEqualTo("no luck");
  }

  @Test
  void aNonZeroExitIsAcceptedWhenConfiguredSo() {
    Step step =
        Step.in(dir)
            .input("in.txt", "a\n")
            .reducer("NONE")
            .conf("stream.non.zero.exit.is.failure", "false");
    Path exits = step.script("exit.sh", "#!/bin/sh\ncat\nexit 1\n", true);
    step.mapper("exit.sh").file(exits);

    assertThat(step.run().succeeded()).isTrue();
  }

  @Test
  void aProgramThatCannotStartFailsTheJob() {
    Step step = Step.in(dir).input("in.txt", "a\n").mapper("no-such-mapper --fast");

    JobResult result = step.run();

    assertThat(result.succeeded()).isFalse();
    assertThat(result.message()).contains("Cannot run program \"no-such-mapper\"");
  }

  @Test
  void aMapperThatStopsReadingItsInputBreaksThePipe() {
    Step step = Step.in(dir).input("in.txt", "some line of input\n".repeat(200_000)).mapper("true");

    JobResult result = step.run();

    assertThat(result.succeeded()).isFalse();
    // Java reports a write after the process exited as either of these, as it does for Hadoop.
    assertThat(result.message())
        .containsPattern("java.io.IOException: (Broken pipe|Stream closed)");
  }

  @Test
  void anUnsupportedJavaClassIsRefused() {
    Step step =
        Step.in(dir)
            .input("in.txt", "a\n")
            .mapper("org.apache.hadoop.mapred.lib.FieldSelectionMapReduce");

    JobResult result = step.run();

    assertThat(result.message())
        .startsWith(
            "Java class org.apache.hadoop.mapred.lib.FieldSelectionMapReduce is not supported");
  }
}
