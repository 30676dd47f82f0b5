package dev.sluice.spark.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reducers: the default IdentityReducer, {@code cat}, commands, and several reduce tasks. */
class ReducerCommandTest {

  private static final String WORDS =
      "pear\t1\napple\t2\nfig\t3\napple\t4\nkiwi\nfig\t5\napple\t6\n";

  @TempDir Path dir;

  @Test
  void withoutAReducerRecordsComeOutSortedByKey() {
    Step step = Step.in(dir).input("in.txt", WORDS);

    JobResult result = step.run();

    assertThat(result.succeeded()).as(result.message()).isTrue();
    assertThat(step.outputNames()).containsExactly("_SUCCESS", "part-00000");
    assertThat(step.part(0))
        .hasSize(7)
        .extracting(line -> line.split("\t")[0])
        .containsExactly("apple", "apple", "apple", "fig", "fig", "kiwi", "pear");
    assertThat(step.part(0)).contains("kiwi\t");
  }

  @Test
  void catAsReducerWritesWhatTheIdentityReducerWrites() {
    Step identity = Step.in(dir.resolve("identity")).input("in.txt", WORDS);
    Step cat = Step.in(dir.resolve("cat")).input("in.txt", WORDS).reducer("/bin/cat");

    identity.run();
    cat.run();

    assertThat(sortedValues(cat.part(0))).isEqualTo(sortedValues(identity.part(0)));
  }

  @Test
  void aReducerCommandReadsSortedLinesAndItsOutputIsTheResult() {
    Step step = Step.in(dir).input("in.txt", WORDS);
    Path uniq =
        step.script(
            "count.py",
            """
            import sys
            last, count = None, 0
            for line in sys.stdin:
                key = line.rstrip("\\n").split("\\t", 1)[0]
                if key != last and last is not None:
                    print("%s\\t%d" % (last, count))
                    count = 0
                last = key
                count += 1
            if last is not None:
                print("%s\\t%d" % (last, count))
            """,
            false);
    step.reducer("count.py").file(uniq);

    JobResult result = step.run();

    assertThat(result.succeeded()).as(result.message()).isTrue();
    assertThat(step.part(0)).containsExactly("apple\t3", "fig\t2", "kiwi\t1", "pear\t1");
    assertThat(result.counters().reduceOutputRecords()).isEqualTo(4);
  }

  @Test
  void severalReducersPartitionKeysByHadoopsTextHashAndSortEachPart() {
    String input =
        String.join(
            "", IntStream.range(0, 300).mapToObj(i -> "k" + (i % 97) + "\t" + i + "\n").toList());
    Step step = Step.in(dir).input("in.txt", input).reduces(3);

    JobResult result = step.run();

    assertThat(result.succeeded()).as(result.message()).isTrue();
    assertThat(step.outputNames())
        .containsExactly("_SUCCESS", "part-00000", "part-00001", "part-00002");
    for (int part = 0; part < 3; part++) {
      List<String> keys = step.part(part).stream().map(line -> line.split("\t")[0]).toList();
      int index = part;
      assertThat(keys).isNotEmpty().isSorted();
      assertThat(keys).allSatisfy(key -> assertThat(hadoopPartition(key, 3)).isEqualTo(index));
    }
    assertThat(step.outputLines()).hasSize(300);
  }

  @Test
  void aReducerWithoutRecordsWritesAnEmptyPartAsHadoopDiscardsItsOutput() {
    Step step = Step.in(dir).input("in.txt", "only\t1\n").reducer("wc -l").reduces(4);

    JobResult result = step.run();

    assertThat(result.succeeded()).as(result.message()).isTrue();
    assertThat(step.outputLines()).containsExactly("1\t");
    assertThat(step.outputNames()).hasSize(5);
  }

  @Test
  void aKeyOfTwoFieldsIsSortedAndGroupedAsOneKey() {
    Step step =
        Step.in(dir)
            .input("in.txt", "b\t1\tx\na\t2\ty\na\t1\tz\n")
            .conf("stream.num.map.output.key.fields", "2");

    step.run();

    assertThat(step.part(0)).containsExactly("a\t1\tz", "a\t2\ty", "b\t1\tx");
  }

  /** Hadoop's HashPartitioner over Text: hash 1, then 31 * hash + each (signed) byte. */
  private static int hadoopPartition(String key, int reduces) {
    int hash = 1;
    for (byte b : key.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      hash = 31 * hash + b;
    }
    return (hash & Integer.MAX_VALUE) % reduces;
  }

  private static List<String> sortedValues(List<String> lines) {
    List<String> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.naturalOrder());
    return sorted;
  }
}
