package dev.sluice.asl;

import static dev.sluice.asl.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonObjectItemsTest {

  private static ReaderOutcome read(String type, String body, long max) {
    return ObjectItems.of(new ItemRead("getObject", json("{}"), type, null, ',', max), body);
  }

  private static List<JsonNode> items(ReaderOutcome outcome) {
    return ((ReaderOutcome.Items) outcome).items();
  }

  @Test
  void aJsonArraysElementsAreTheItems() {
    assertThat(items(read("JSON", "[{\"a\": 1}, [2], \"3\"]", 0)))
        .containsExactly(json("{\"a\": 1}"), json("[2]"), json("\"3\""));
  }

  @Test
  void aJsonObjectIsNotIterable() {
    assertThat(read("JSON", "{\"Hello\": \"world\"}", 0))
        .isEqualTo(
            new ReaderOutcome.Failed(
                "States.ItemReaderFailed", "Attempting to map over non-iterable node."));
  }

  @Test
  void maxItemsLimitsTheArraysElements() {
    assertThat(items(read("JSON", "[1, 2, 3]", 2))).containsExactly(json("1"), json("2"));
  }

  @Test
  void eachNonEmptyLineOfJsonLinesIsAnItem() {
    assertThat(items(read("JSONL", "{\"a\": 1}\r\n\n[2]\n3", 0)))
        .containsExactly(json("{\"a\": 1}"), json("[2]"), json("3"));
  }

  @Test
  void aLineThatIsNotJsonFailsTheRead() {
    assertThat(read("JSONL", "1\n{nope\n", 0))
        .isInstanceOfSatisfying(
            ReaderOutcome.Failed.class,
            f -> assertThat(f.error()).isEqualTo("States.ItemReaderFailed"));
  }
}
