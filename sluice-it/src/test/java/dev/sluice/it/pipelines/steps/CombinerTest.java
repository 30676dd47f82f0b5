package dev.sluice.it.pipelines.steps;

import static dev.sluice.it.pipelines.steps.StepPipeline.streaming;
import static dev.sluice.it.pipelines.steps.StepRig.freshOutput;
import static dev.sluice.it.pipelines.steps.StepRig.s3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.WordCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code -combiner}: every map task's output goes through the combiner command before the reducer
 * sees it. The combiner marks its sums, and the reducer refuses any value it did not make.
 */
@ExtendWith(SharedSluice.class)
class CombinerTest {
  private static final String PAIRS =
      """
      import re, sys
      for line in sys.stdin:
          for word in re.findall("[a-zA-Z][a-zA-Z0-9]*", line):
              print("%s\\t1" % word.lower())
      """;
  private static final String SUM =
      """
      import sys
      mark = sys.argv[1] if len(sys.argv) > 1 else ""
      last, total = None, 0
      def emit():
          print("%s\\t%s%d" % (last, mark, total))
      for line in sys.stdin:
          key, value = line.rstrip("\\n").split("\\t", 1)
          if mark == "":
              if not value.startswith("combined:"):
                  sys.exit("a value the combiner did not make: " + line)
              value = value[len("combined:"):]
          if key != last and last is not None:
              emit()
              total = 0
          last = key
          total += int(value)
      if last is not None:
          emit()
      """;

  @Test
  void theReducerSeesOnlyWhatTheCombinerMadeAndTheSumsStayRight(StepRig rig) {
    rig.put("scripts/pairs.py", PAIRS);
    rig.put("scripts/sum.py", SUM);
    var output = freshOutput("combined");

    rig.runToSuccess(
        "combiner",
        StepPipeline.of(
            streaming(
                "-input",
                s3("words/"),
                "-output",
                output,
                "-file",
                s3("scripts/sum.py"),
                "-mapper",
                s3("scripts/pairs.py"),
                "-combiner",
                "python3 sum.py combined:",
                "-reducer",
                "python3 sum.py")));

    assertThat(rig.output(output).keyValues())
        .isEqualTo(WordCounts.ofFiles(WordCounts.EXAMPLE.resolve("input")));
  }
}
