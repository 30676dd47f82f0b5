package dev.sluice.spark.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -reducer aggregate} with every aggregator type a mapper may name. */
class AggregateReducerTest {

  @TempDir Path dir;

  @Test
  void everyAggregatorReportsAndKeysLoseTheirTypePrefix() {
    String input =
        """
        LongValueSum:sum\t3
        LongValueSum:sum\t4
        LongValueMax:max\t3
        LongValueMax:max\t9
        LongValueMin:min\t3
        LongValueMin:min\t-9
        DoubleValueSum:dsum\t0.25
        DoubleValueSum:dsum\t1.5
        StringValueMax:smax\tpear
        StringValueMax:smax\tapple
        StringValueMin:smin\tpear
        StringValueMin:smin\tapple
        UniqValueCount:uniq\ta
        UniqValueCount:uniq\tb
        UniqValueCount:uniq\ta
        ValueHistogram:hist\tx
        ValueHistogram:hist\ty\t3
        ValueHistogram:hist\tx
        longvaluesum:lower\t5
        """;
    Step step = Step.in(dir).input("in.txt", input).reducer("aggregate");

    JobResult result = step.run();

    assertThat(result.succeeded()).as(result.message()).isTrue();
    // Sorted by the whole key, type prefix included, as Hadoop sorts them.
    assertThat(step.part(0))
        .containsExactly(
            "dsum\t1.75",
            "max\t9",
            "min\t-9",
            "sum\t7",
            "smax\tpear",
            "smin\tapple",
            "uniq\t2",
            "hist\t2\t2\t3\t3\t2.5\t0.5",
            "lower\t5");
  }

  @Test
  void uniqValueCountHonoursTheConfiguredLimit() {
    Step step =
        Step.in(dir)
            .input(
                "in.txt",
                "UniqValueCount:u\ta\nUniqValueCount:u\tb\nUniqValueCount:u\tc\nUniqValueCount:u\td\n")
            .reducer("aggregate")
            .conf("mapreduce.job.maps", "1")
            .conf("aggregate.max.num.unique.values", "1");

    step.run();

    assertThat(step.part(0)).containsExactly("u\t2");
  }

  @Test
  void aKeyWithoutAggregatorTypeFailsTheJob() {
    Step step = Step.in(dir).input("in.txt", "LongValueSum:a\t1\nplain\t1\n").reducer("aggregate");

    JobResult result = step.run();

    assertThat(result.succeeded()).isFalse();
    assertThat(result.message()).contains("\"plain\" has no aggregator type prefix");
    assertThat(step.outputNames()).isEmpty();
  }

  @Test
  void aValueThatIsNotANumberFailsTheJobWithJavasMessage() {
    Step step = Step.in(dir).input("in.txt", "LongValueSum:a\tone\n").reducer("aggregate");

    JobResult result = step.run();

    assertThat(result.succeeded()).isFalse();
    assertThat(result.message())
        .contains("java.lang.NumberFormatException: For input string: \"one\"");
  }
}
