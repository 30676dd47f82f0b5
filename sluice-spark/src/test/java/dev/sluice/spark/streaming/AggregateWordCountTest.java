package dev.sluice.spark.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario's step: wordSplitter.py with {@code -reducer aggregate}. */
class AggregateWordCountTest {

  @TempDir Path dir;

  @Test
  void countsEveryWordLikeAnIndependentCount() throws IOException {
    Step step = Step.in(dir);
    Path big = dir.resolve("big.txt");
    new WordCorpus(2_000, 3).write(big, 3 << 20, 5);
    Path small =
        step.write("small.txt", "The quick brown Fox\njumps over the lazy dog 42 times\r\n");
    Path script = step.resource("wordSplitter.py");
    step.input(big).input(small).mapper("wordSplitter.py").file(script).reducer("aggregate");

    JobResult result = step.run();

    Map<String, Long> expected = count(big, small);
    assertThat(result.succeeded()).as(result.message()).isTrue();
    assertThat(step.outputLines())
        .containsExactlyElementsOf(
            expected.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList());
    assertThat(result.counters().mapOutputRecords())
        .isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
    assertThat(result.counters().reduceOutputRecords()).isEqualTo(expected.size());
    assertThat(result.counters().bytesRead()).isEqualTo(Files.size(big) + Files.size(small));
    assertThat(result.counters().mapInputRecords()).isEqualTo(lines(big) + 2);
  }

  @Test
  void writesOneSortedPartAndSuccessMarkerByDefault() {
    Step step = Step.in(dir);
    Path script = step.resource("wordSplitter.py");
    step.input("in.txt", "b a c\na b\n").mapper("wordSplitter.py").file(script);
    step.reducer("aggregate");

    JobResult result = step.run();

    assertThat(result.succeeded()).isTrue();
    assertThat(step.outputNames()).containsExactly("_SUCCESS", "part-00000");
    assertThat(step.part(0)).containsExactly("a\t2", "b\t2", "c\t1");
    assertThat(result.counters().bytesWritten()).isEqualTo("a\t2\nb\t2\nc\t1\n".length());
    assertThat(step.log()).contains("completed successfully", "Map output records=5");
  }

  private static Map<String, Long> count(Path... files) throws IOException {
    Pattern word = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
    Map<String, Long> counts = new TreeMap<>();
    for (Path file : files) {
      Matcher m = word.matcher(Files.readString(file));
      while (m.find()) {
        counts.merge(m.group().toLowerCase(), 1L, Long::sum);
      }
    }
    return counts;
  }

  private static long lines(Path file) throws IOException {
    try (var lines = Files.lines(file)) {
      return lines.count();
    }
  }
}
