package dev.sluice.spark.streaming.internal.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AggregatorsTest {

  @Test
  void longValueSumAddsSignedValues() {
    assertThat(report(AggregateType.LONG_VALUE_SUM, "1", "2", "-3", "+10", "007")).isEqualTo("17");
  }

  @Test
  void longValueMaxAndMinKeepTheExtremes() {
    assertThat(report(AggregateType.LONG_VALUE_MAX, "5", "-2", "17")).isEqualTo("17");
    assertThat(report(AggregateType.LONG_VALUE_MIN, "5", "-2", "17")).isEqualTo("-2");
  }

  @Test
  void doubleValueSumReportsAsJavaPrintsADouble() {
    assertThat(report(AggregateType.DOUBLE_VALUE_SUM, "0.5", "1.25", "2")).isEqualTo("3.75");
    assertThat(report(AggregateType.DOUBLE_VALUE_SUM, "1e10")).isEqualTo("1.0E10");
  }

  @Test
  void stringValueMaxAndMinCompareLexicographically() {
    assertThat(report(AggregateType.STRING_VALUE_MAX, "pear", "apple", "Zoo")).isEqualTo("pear");
    assertThat(report(AggregateType.STRING_VALUE_MIN, "pear", "apple", "Zoo")).isEqualTo("Zoo");
  }

  @Test
  void uniqValueCountCountsDistinctValues() {
    assertThat(report(AggregateType.UNIQ_VALUE_COUNT, "a", "b", "a", "c", "b")).isEqualTo("3");
  }

  @Test
  void uniqValueCountStopsOnceItHoldsMoreThanItsLimitAsHadoopDoes() {
    Aggregator limited = AggregateType.UNIQ_VALUE_COUNT.create(2);
    for (String value : List.of("a", "b", "c", "d", "e")) {
      add(limited, value);
    }
    assertThat(limited.report()).isEqualTo("3");
  }

  @Test
  void valueHistogramReportsDistinctCountMinMedianMaxAverageAndDeviation() {
    String report = report(AggregateType.VALUE_HISTOGRAM, "x", "y", "x", "z\t3");

    double sd = Math.sqrt((1.0 + 0.0 + 1.0) / 3);
    assertThat(report).isEqualTo("3\t1\t2\t3\t2.0\t" + sd);
  }

  @Test
  void valueHistogramOfEvenManyValuesTakesTheUpperMedian() {
    assertThat(report(AggregateType.VALUE_HISTOGRAM, "a", "b", "b", "c\t5", "d\t9"))
        .startsWith("4\t1\t5\t9\t");
  }

  @ParameterizedTest
  @EnumSource(AggregateType.class)
  void reducingCombinerOutputsGivesTheSameReportAsAggregatingEverything(AggregateType type) {
    List<String> values =
        type == AggregateType.DOUBLE_VALUE_SUM || type.name().startsWith("LONG")
            ? List.of("4", "8", "-1", "3", "3", "12")
            : List.of("k", "a", "k\t2", "zz", "a", "b\t4");
    Aggregator whole = type.create(Long.MAX_VALUE);
    Aggregator first = type.create(Long.MAX_VALUE);
    Aggregator second = type.create(Long.MAX_VALUE);
    for (int i = 0; i < values.size(); i++) {
      add(whole, values.get(i));
      add(i < 3 ? first : second, values.get(i));
    }
    Aggregator reduced = type.create(Long.MAX_VALUE);
    first.combinerOutput().forEach(v -> add(reduced, v));
    second.combinerOutput().forEach(v -> add(reduced, v));

    assertThat(reduced.report()).isEqualTo(whole.report());
  }

  @Test
  void aNonNumericLongFailsAsLongParseLongDoes() {
    Aggregator sum = AggregateType.LONG_VALUE_SUM.create(Long.MAX_VALUE);
    assertThatThrownBy(() -> add(sum, "one"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("For input string: \"one\"");
    assertThatThrownBy(() -> add(sum, "")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> add(sum, "-")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void longValuesBeyondEighteenDigitsStillParse() {
    assertThat(report(AggregateType.LONG_VALUE_MAX, "9223372036854775807", "1"))
        .isEqualTo(Long.toString(Long.MAX_VALUE));
  }

  @Test
  void typeNamesIgnoreCase() {
    assertThat(AggregateType.named("longvaluesum")).contains(AggregateType.LONG_VALUE_SUM);
    assertThat(AggregateType.named("VALUEHISTOGRAM")).contains(AggregateType.VALUE_HISTOGRAM);
    assertThat(AggregateType.named("Sum")).isEmpty();
  }

  @Test
  void aKeyWithoutATypeOrWithAnUnknownTypeIsRefused() {
    byte[] plain = "word".getBytes(StandardCharsets.UTF_8);
    byte[] unknown = "Average:word".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> AggregateKeys.aggregatorFor(plain, 0, plain.length, 1))
        .hasMessageContaining("\"word\" has no aggregator type prefix");
    assertThatThrownBy(() -> AggregateKeys.aggregatorFor(unknown, 0, unknown.length, 1))
        .hasMessageContaining("unknown aggregator type \"Average\"");
  }

  private static String report(AggregateType type, String... values) {
    Aggregator aggregator = type.create(Long.MAX_VALUE);
    for (String value : values) {
      add(aggregator, value);
    }
    return aggregator.report();
  }

  private static void add(Aggregator aggregator, String value) {
    byte[] bytes = ("<" + value + ">").getBytes(StandardCharsets.UTF_8);
    aggregator.add(bytes, 1, bytes.length - 2);
  }
}
