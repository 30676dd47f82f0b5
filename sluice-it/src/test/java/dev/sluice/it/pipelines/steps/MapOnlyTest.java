package dev.sluice.it.pipelines.steps;

import static dev.sluice.it.pipelines.steps.StepPipeline.streaming;
import static dev.sluice.it.pipelines.steps.StepRig.freshOutput;
import static dev.sluice.it.pipelines.steps.StepRig.s3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.WordCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Map-only steps, {@code -numReduceTasks 0} and {@code -reducer NONE} (two steps of one activity):
 * no shuffle, one part file per map task (map tasks numbered largest split first), each holding
 * that task's mapper output in input order.
 */
@ExtendWith(SharedSluice.class)
class MapOnlyTest {

  @Test
  void bothFormsWriteEachMapTasksOutputToItsOwnPart(StepRig rig) throws IOException {
    var noReduces = freshOutput("map-only-0");
    var noReducer = freshOutput("map-only-none");

    rig.runToSuccess(
        "map-only",
        StepPipeline.of(
            streaming(
                "-input",
                s3("words/"),
                "-output",
                noReduces,
                "-mapper",
                "tr a-z A-Z",
                "-numReduceTasks",
                "0"),
            streaming(
                "-input",
                s3("words/"),
                "-output",
                noReducer,
                "-mapper",
                "tr a-z A-Z",
                "-reducer",
                "NONE")));

    var expected = expectedParts();
    for (var output : List.of(noReduces, noReducer)) {
      var result = rig.output(output);
      assertThat(result.names())
          .containsExactly("_SUCCESS", "part-00000", "part-00001", "part-00002");
      assertThat(result.parts().values().stream().map(text -> text.lines().toList()).toList())
          .isEqualTo(expected);
    }
  }

  /** Each input file (one split each), largest first, upper-cased, every line a key and a tab. */
  private static List<List<String>> expectedParts() throws IOException {
    var files = new ArrayList<>(WordCounts.files(WordCounts.EXAMPLE.resolve("input")).values());
    files.sort(Comparator.comparingLong(MapOnlyTest::size).reversed());
    var parts = new ArrayList<List<String>>();
    for (var file : files) {
      parts.add(
          Files.readString(file).lines().map(l -> l.toUpperCase(Locale.ROOT) + "\t").toList());
    }
    return parts;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
