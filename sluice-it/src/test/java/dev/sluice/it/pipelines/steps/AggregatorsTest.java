package dev.sluice.it.pipelines.steps;

import static dev.sluice.it.pipelines.steps.StepPipeline.streaming;
import static dev.sluice.it.pipelines.steps.StepRig.freshOutput;
import static dev.sluice.it.pipelines.steps.StepRig.s3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.WordCounts;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code aggregate} reducer with Hadoop's other aggregators beside LongValueSum: LongValueMax,
 * LongValueMin, UniqValueCount and ValueHistogram (distinct values, then the minimum, median,
 * maximum, average and standard deviation of their counts), each checked against a value computed
 * here from the input.
 */
@ExtendWith(SharedSluice.class)
class AggregatorsTest {
  private static final String MAPPER =
      """
      import re, sys
      for line in sys.stdin:
          for word in re.findall("[a-zA-Z][a-zA-Z0-9]*", line):
              word = word.lower()
              print("LongValueSum:words\\t1")
              print("LongValueMax:longest\\t%d" % len(word))
              print("LongValueMin:shortest\\t%d" % len(word))
              print("UniqValueCount:distinct\\t%s" % word)
              print("ValueHistogram:initials\\t%s" % word[0])
      """;

  @Test
  void everyAggregatorReportsWhatHadoopsWould(StepRig rig) {
    rig.put("scripts/aggregators.py", MAPPER);
    var output = freshOutput("aggregators");

    rig.runToSuccess(
        "aggregators",
        StepPipeline.of(
            streaming(
                "-input",
                s3("words/"),
                "-output",
                output,
                "-mapper",
                s3("scripts/aggregators.py"),
                "-reducer",
                "aggregate")));

    var counts = WordCounts.ofFiles(WordCounts.EXAMPLE.resolve("input"));
    var lengths = counts.keySet().stream().mapToLong(String::length).summaryStatistics();
    var initials = new TreeMap<String, Long>();
    counts.forEach((word, n) -> initials.merge(word.substring(0, 1), Long.parseLong(n), Long::sum));
    assertThat(rig.output(output).keyValues())
        .isEqualTo(
            Map.of(
                "words",
                Long.toString(counts.values().stream().mapToLong(Long::parseLong).sum()),
                "longest",
                Long.toString(lengths.getMax()),
                "shortest",
                Long.toString(lengths.getMin()),
                "distinct",
                Integer.toString(counts.size()),
                "initials",
                histogram(initials.values().stream().mapToLong(Long::longValue).toArray())));
  }

  /** Hadoop's ValueHistogram report over the counts of the distinct values. */
  private static String histogram(long[] counts) {
    var sorted = counts.clone();
    Arrays.sort(sorted);
    double average = Arrays.stream(sorted).sum() * 1.0 / sorted.length;
    double deviations = Arrays.stream(sorted).mapToDouble(c -> (c - average) * (c - average)).sum();
    return String.join(
        "\t",
        Integer.toString(sorted.length),
        Long.toString(sorted[0]),
        Long.toString(sorted[sorted.length / 2]),
        Long.toString(sorted[sorted.length - 1]),
        Double.toString(average),
        Double.toString(Math.sqrt(deviations / sorted.length)));
  }
}
