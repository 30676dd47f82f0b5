package dev.sluice.spark.streaming.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.spark.streaming.internal.SplitPlanner.SizedFile;
import dev.sluice.spark.streaming.internal.io.InputSplit;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SplitPlannerTest {

  private static final long MIB = 1 << 20;

  @Test
  void cutsBigFilesIntoBlockSizedSplitsWithTheRemainderLast() {
    List<InputSplit> splits = plan(Map.of(), new SizedFile(Path.of("/big"), 100 * MIB));

    assertThat(splits)
        .extracting(InputSplit::length)
        .containsExactly(32 * MIB, 32 * MIB, 32 * MIB, 4 * MIB);
    assertThat(splits)
        .extracting(InputSplit::start)
        .containsExactly(0L, 32 * MIB, 64 * MIB, 96 * MIB);
  }

  @Test
  void keepsALastPieceWithinTenPercentInTheSplitBeforeIt() {
    assertThat(plan(Map.of("mapreduce.job.maps", "1"), new SizedFile(Path.of("/f"), 35 * MIB)))
        .extracting(InputSplit::length)
        .containsExactly(35 * MIB);
  }

  @Test
  void aimsForTwoMapsByDefaultSoASmallFileHasTwoSplits() {
    assertThat(plan(Map.of(), new SizedFile(Path.of("/small"), 1000)))
        .extracting(InputSplit::length)
        .containsExactly(500L, 500L);
    assertThat(plan(Map.of("mapreduce.job.maps", "1"), new SizedFile(Path.of("/small"), 1000)))
        .extracting(InputSplit::length)
        .containsExactly(1000L);
  }

  @Test
  void ordersSplitsLargestFirstAndKeepsEmptyAndGzipFilesWhole() {
    List<InputSplit> splits =
        plan(
            Map.of(),
            new SizedFile(Path.of("/empty"), 0),
            new SizedFile(Path.of("/a.gz"), 40 * MIB),
            new SizedFile(Path.of("/b"), 10 * MIB));

    assertThat(splits)
        .extracting(InputSplit::path, InputSplit::length, InputSplit::compressed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/a.gz", 40 * MIB, true),
            org.assertj.core.groups.Tuple.tuple("/b", 10 * MIB, false),
            org.assertj.core.groups.Tuple.tuple("/empty", 0L, false));
  }

  @Test
  void honoursTheMinimumSplitSizeAndBlockSize() {
    assertThat(
            plan(
                Map.of("mapreduce.input.fileinputformat.split.minsize", Long.toString(64 * MIB)),
                new SizedFile(Path.of("/f"), 100 * MIB)))
        .extracting(InputSplit::length)
        .containsExactly(64 * MIB, 36 * MIB);
    assertThat(
            plan(
                Map.of("fs.local.block.size", Long.toString(10 * MIB)),
                new SizedFile(Path.of("/f"), 30 * MIB)))
        .hasSize(3);
  }

  private static List<InputSplit> plan(Map<String, String> conf, SizedFile... files) {
    return SplitPlanner.plan(List.of(files), new HadoopConf(conf));
  }
}
