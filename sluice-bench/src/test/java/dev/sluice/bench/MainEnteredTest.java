package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainEnteredTest {

  @Test
  void readsTheEpochMillisecondsOfTheFirstMainEnteredLine() {
    var lines =
        List.of(
            "26/11/21 12:17:31 INFO SparkContext: Running Spark version 4.2.0",
            "main entered at 1763727451234",
            "main entered at 1763727459999");

    assertThat(MainEntered.in(lines)).hasValue(1763727451234L);
  }

  @Test
  void acceptsTheLineWithTheLineEndPythonOrAPipeLeaves() {
    assertThat(MainEntered.in(List.of("main entered at 1763727451234\r"))).hasValue(1763727451234L);
  }

  @Test
  void ignoresLinesThatOnlyMentionIt() {
    var lines =
        List.of(
            "INFO Main: main entered at 1763727451234 (quoted)",
            "main entered at soon",
            "main entered at ");

    assertThat(MainEntered.in(lines)).isEmpty();
  }

  @Test
  void findsNothingInAnEmptyLog() {
    assertThat(MainEntered.in(List.of())).isEmpty();
  }
}
