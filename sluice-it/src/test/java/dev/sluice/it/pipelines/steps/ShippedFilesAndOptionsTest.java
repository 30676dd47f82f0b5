package dev.sluice.it.pipelines.steps;

import static dev.sluice.it.pipelines.steps.StepPipeline.streaming;
import static dev.sluice.it.pipelines.steps.StepRig.freshOutput;
import static dev.sluice.it.pipelines.steps.StepRig.s3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.WordCounts;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code -file} and {@code -cacheFile} from S3 (the cache file under its {@code #link} name in the
 * task's directory) and {@code -D} options (the job configuration in the tasks' environment, dots
 * as underscores; Hadoop's output separator honoured).
 */
@ExtendWith(SharedSluice.class)
class ShippedFilesAndOptionsTest {
  private static final String TAGGER =
      """
      import os, re, sys
      stop = set(open("stop.txt").read().split())
      tag = os.environ["sluice_test_tag"]
      for line in sys.stdin:
          for word in re.findall("[a-zA-Z][a-zA-Z0-9]*", line):
              word = word.lower()
              if word not in stop:
                  print("LongValueSum:%s-%s\\t1" % (tag, word))
      """;
  private static final Set<String> STOP_WORDS = Set.of("the", "a", "and", "it", "of", "to");

  @Test
  void shippedAndCachedFilesAndJobOptionsReachTheMapper(StepRig rig) {
    rig.put("scripts/tagger.py", TAGGER);
    rig.put("cache/stopwords.txt", String.join("\n", STOP_WORDS) + "\n");
    var output = freshOutput("shipped");

    rig.runToSuccess(
        "shipped-files",
        StepPipeline.of(
            streaming(
                "-D",
                "sluice.test.tag=tagged",
                "-D",
                "mapreduce.output.textoutputformat.separator==",
                "-input",
                s3("words/"),
                "-output",
                output,
                "-file",
                s3("scripts/tagger.py"),
                "-cacheFile",
                s3("cache/stopwords.txt") + "#stop.txt",
                "-mapper",
                "python3 tagger.py",
                "-reducer",
                "aggregate")));

    var expected =
        WordCounts.ofFiles(WordCounts.EXAMPLE.resolve("input")).entrySet().stream()
            .filter(count -> !STOP_WORDS.contains(count.getKey()))
            .map(count -> "tagged-" + count.getKey() + "=" + count.getValue())
            .toList();
    List<String> lines = rig.output(output).lines();
    assertThat(lines).containsExactlyInAnyOrderElementsOf(expected);
  }
}
