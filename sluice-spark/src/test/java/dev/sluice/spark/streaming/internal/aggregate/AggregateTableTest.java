package dev.sluice.spark.streaming.internal.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AggregateTableTest {

  @Test
  void sumsEveryKeyLikeAHashMapThroughManyResizes() {
    AggregateTable table = new AggregateTable(Long.MAX_VALUE);
    Map<String, Long> expected = new HashMap<>();
    SplittableRandom random = new SplittableRandom(1);
    byte[] line = new byte[128];
    for (int i = 0; i < 200_000; i++) {
      String key = "LongValueSum:" + "k".repeat(random.nextInt(1, 20)) + random.nextInt(30_000);
      long value = random.nextInt(-5, 100);
      int offset = random.nextInt(0, 16);
      byte[] k = key.getBytes(StandardCharsets.UTF_8);
      byte[] v = Long.toString(value).getBytes(StandardCharsets.UTF_8);
      System.arraycopy(k, 0, line, offset, k.length);
      System.arraycopy(v, 0, line, offset + k.length + 1, v.length);
      table.accept(
          line, offset, offset + k.length, offset + k.length + 1, offset + k.length + 1 + v.length);
      expected.merge(key, value, Long::sum);
    }

    Map<String, Long> actual = new HashMap<>();
    table.forEach(
        (key, aggregator) ->
            actual.put(
                new String(key, StandardCharsets.UTF_8), Long.parseLong(aggregator.report())));
    assertThat(actual).isEqualTo(expected);
    assertThat(table.size()).isEqualTo(expected.size());
  }

  @Test
  void keysThatDifferOnlyInTheirLastBytesStayApart() {
    AggregateTable table = new AggregateTable(Long.MAX_VALUE);
    for (String key :
        new String[] {"LongValueSum:abcdefgh1", "LongValueSum:abcdefgh2", "LongValueSum:a"}) {
      byte[] line = (key + "\t1").getBytes(StandardCharsets.UTF_8);
      table.accept(line, 0, key.length(), key.length() + 1, line.length);
      table.accept(line, 0, key.length(), key.length() + 1, line.length);
    }
    Map<String, String> reports = new HashMap<>();
    table.forEach(
        (key, aggregator) ->
            reports.put(new String(key, StandardCharsets.UTF_8), aggregator.report()));
    assertThat(reports)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "LongValueSum:abcdefgh1",
                "2",
                "LongValueSum:abcdefgh2",
                "2",
                "LongValueSum:a",
                "2"));
  }
}
