package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordCountOutputTest {
  @Test
  void readsTheAggregateReducersLines() throws Exception {
    var counts = new HashMap<String, Long>();
    WordCountOutput.read(stream("ab\t3\nc1\t12\n"), "part-00000", counts);

    assertThat(counts).isEqualTo(Map.of("ab", 3L, "c1", 12L));
  }

  @Test
  void refusesAWordCountedInTwoParts() throws Exception {
    var counts = new HashMap<String, Long>();
    WordCountOutput.read(stream("ab\t3\n"), "part-00000", counts);

    assertThatThrownBy(() -> WordCountOutput.read(stream("ab\t1\n"), "part-00001", counts))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("part-00001 counts ab a second time");
  }

  @Test
  void namesTheWordsThatDiffer() {
    var difference =
        WordCountOutput.difference(Map.of("a", 2L, "b", 1L), Map.of("a", 2L, "b", 3L, "c", 1L));

    assertThat(difference)
        .startsWith("2 of 3 words counted differently (2 words expected, 3 found)")
        .contains("b: 3, not 1")
        .contains("c: 1, not null");
    assertThat(WordCountOutput.difference(Map.of("a", 1L), Map.of("a", 1L))).isNull();
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
