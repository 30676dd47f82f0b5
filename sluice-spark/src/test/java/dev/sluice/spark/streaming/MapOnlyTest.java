package dev.sluice.spark.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -reducer NONE} and {@code -numReduceTasks 0}: one part file per map task. */
class MapOnlyTest {

  @TempDir Path dir;

  @Test
  void writesEachMapTasksOutputToItsOwnPartFile() {
    String input =
        String.join(
            "", IntStream.range(0, 200).mapToObj(i -> "key" + i + "\tvalue " + i + "\n").toList());
    Step step = Step.in(dir).input("in.txt", input).reducer("NONE");

    JobResult result = step.run();

    assertThat(result.succeeded()).as(result.message()).isTrue();
    assertThat(step.outputNames()).containsExactly("_SUCCESS", "part-00000", "part-00001");
    List<String> all = new ArrayList<>(step.part(0));
    all.addAll(step.part(1));
    assertThat(all).containsExactlyElementsOf(input.lines().toList());
    assertThat(step.part(0)).isNotEmpty();
    assertThat(step.part(1)).isNotEmpty();
    assertThat(result.counters().reduceOutputRecords()).isZero();
    assertThat(result.counters().mapOutputRecords()).isEqualTo(200);
  }

  @Test
  void runsTheMapperCommandAndWritesLinesWithoutTabAsKeyAndEmptyValue() {
    Step step =
        Step.in(dir)
            .input("in.txt", "alpha beta\ngamma\tdelta\n")
            .mapper("tr a-z A-Z")
            .reduces(0)
            .conf("mapreduce.job.maps", "1");

    JobResult result = step.run();

    assertThat(result.succeeded()).as(result.message()).isTrue();
    assertThat(step.part(0)).containsExactly("ALPHA BETA\t", "GAMMA\tDELTA");
  }

  @Test
  void writesTheConfiguredOutputSeparatorAndKeyFields() {
    Step step =
        Step.in(dir)
            .input("in.txt", "a.b.c\n")
            .reducer("NONE")
            .conf("mapreduce.job.maps", "1")
            .conf("stream.map.output.field.separator", ".")
            .conf("stream.num.map.output.key.fields", "2")
            .conf("mapreduce.output.textoutputformat.separator", "|");

    step.run();

    assertThat(step.part(0)).containsExactly("a.b|c");
  }

  @Test
  void identityMapperKeysEachLineByItsByteOffset() {
    Step step =
        Step.in(dir)
            .input("in.txt", "first\nsecond\n\nfourth\n")
            .mapper("org.apache.hadoop.mapred.lib.IdentityMapper")
            .reducer("NONE")
            .conf("mapreduce.job.maps", "1");

    step.run();

    assertThat(step.part(0)).containsExactly("0\tfirst", "6\tsecond", "13\t", "14\tfourth");
  }
}
