package dev.sluice.it.pipelines.steps;

import static dev.sluice.it.pipelines.steps.StepPipeline.streaming;
import static dev.sluice.it.pipelines.steps.StepRig.freshOutput;
import static dev.sluice.it.pipelines.steps.StepRig.s3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.WordCounts;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code -numReduceTasks 2} with a reducer command ({@code uniq -c}): two part files, each key in
 * the part Hadoop's HashPartitioner gives it, each part sorted, and the reducer's lines (without a
 * tab) written as keys with an empty value.
 */
@ExtendWith(SharedSluice.class)
class ReduceTasksTest {
  static final String WORDS_PY =
      """
      import re, sys
      for line in sys.stdin:
          for word in re.findall("[a-zA-Z][a-zA-Z0-9]*", line):
              print(word.lower())
      """;
  private static final Pattern UNIQ_LINE = Pattern.compile(" *(\\d+) ([a-z0-9]+)\t");

  @Test
  void twoReduceTasksSplitTheKeysAsHadoopDoesAndUniqCountsEachPartsSortedLines(StepRig rig) {
    rig.put("scripts/words.py", WORDS_PY);
    var output = freshOutput("uniq");

    rig.runToSuccess(
        "reduce-tasks",
        StepPipeline.of(
            streaming(
                "-input",
                s3("words/"),
                "-output",
                output,
                "-mapper",
                s3("scripts/words.py"),
                "-reducer",
                "uniq -c",
                "-numReduceTasks",
                "2")));

    var result = rig.output(output);
    assertThat(result.names()).containsExactly("_SUCCESS", "part-00000", "part-00001");
    var counts = new TreeMap<String, String>();
    for (int part = 0; part < 2; part++) {
      var lines = result.parts().get("part-0000" + part).lines().toList();
      assertThat(lines).isNotEmpty().allMatch(line -> UNIQ_LINE.matcher(line).matches());
      var words = lines.stream().map(ReduceTasksTest::word).toList();
      assertThat(words).isSorted();
      int index = part;
      assertThat(words).allSatisfy(w -> assertThat(hadoopPartition(w, 2)).isEqualTo(index));
      lines.forEach(line -> counts.put(word(line), count(line)));
    }
    assertThat(counts).isEqualTo(WordCounts.ofFiles(WordCounts.EXAMPLE.resolve("input")));
  }

  private static String word(String line) {
    var matcher = UNIQ_LINE.matcher(line);
    assertThat(matcher.matches()).as(line).isTrue();
    return matcher.group(2);
  }

  private static String count(String line) {
    var matcher = UNIQ_LINE.matcher(line);
    assertThat(matcher.matches()).as(line).isTrue();
    return matcher.group(1);
  }

  /** Hadoop's HashPartitioner over a Text key: hash 1, then 31 * hash + each (signed) byte. */
  private static int hadoopPartition(String key, int reduces) {
    int hash = 1;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      hash = 31 * hash + b;
    }
    return (hash & Integer.MAX_VALUE) % reduces;
  }
}
