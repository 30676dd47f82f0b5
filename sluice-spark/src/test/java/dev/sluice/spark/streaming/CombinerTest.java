package dev.sluice.spark.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -combiner}: map output is combined per map task before the shuffle. */
class CombinerTest {

  private static final String SUM =
      """
      import sys
      last, total = None, 0
      for line in sys.stdin:
          key, value = line.rstrip("\\n").split("\\t", 1)
          if key != last and last is not None:
              print("%s\\t%d" % (last, total))
              total = 0
          last = key
          total += int(value)
      if last is not None:
          print("%s\\t%d" % (last, total))
      """;

  @TempDir Path dir;

  @Test
  void aCombinerCommandShrinksMapOutputAndTheSumsStayRight() {
    String input =
        IntStream.range(0, 3000)
            .mapToObj(i -> "w" + (i % 7) + "\t1")
            .collect(Collectors.joining("\n", "", "\n"));
    Step step = Step.in(dir).input("in.txt", input);
    Path sum = step.script("sum.py", SUM, false);
    step.combiner("sum.py").reducer("sum.py").file(sum);

    JobResult result = step.run();

    assertThat(result.succeeded()).as(result.message()).isTrue();
    assertThat(step.part(0))
        .containsExactly(
            "w0\t429", "w1\t429", "w2\t429", "w3\t429", "w4\t428", "w5\t428", "w6\t428");
    assertThat(step.log()).contains("Combine input records=3000", "Combine output records=14");
  }

  @Test
  void theAggregateReducerCombinesEveryMapTasksOutput() {
    String input =
        IntStream.range(0, 1000)
            .mapToObj(i -> "LongValueMax:m\t" + i)
            .collect(Collectors.joining("\n", "", "\n"));
    Step step = Step.in(dir).input("in.txt", input).reducer("aggregate");

    JobResult result = step.run();

    assertThat(result.succeeded()).as(result.message()).isTrue();
    assertThat(step.part(0)).containsExactly("m\t999");
    assertThat(step.log()).contains("Combine input records=1000", "Combine output records=2");
  }
}
