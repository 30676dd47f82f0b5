package dev.sluice.asl;

import static dev.sluice.asl.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvItemsTest {

  private static ReaderOutcome csv(String body, List<String> headers, char delimiter, long max) {
    return ObjectItems.of(
        new ItemRead("getObject", json("{}"), "CSV", headers, delimiter, max), body);
  }

  private static List<JsonNode> items(ReaderOutcome outcome) {
    return ((ReaderOutcome.Items) outcome).items();
  }

  @Test
  void theFirstRowNamesTheFieldsAndEveryValueIsAString() {
    ReaderOutcome outcome = csv("a,b\n1,true\n", null, ',', 0);

    assertThat(items(outcome)).containsExactly(json("{\"a\": \"1\", \"b\": \"true\"}"));
  }

  @Test
  void aShortRowGetsEmptyStringsAndALongRowLosesItsExtraFields() {
    ReaderOutcome outcome = csv("H1,\nx,y,z\n   \n", null, ',', 0);

    assertThat(items(outcome))
        .containsExactly(
            json("{\"H1\": \"x\", \"\": \"y\"}"), json("{\"H1\": \"   \", \"\": \"\"}"));
  }

  @Test
  void givenHeadersMakeTheFirstRowAnItem() {
    ReaderOutcome outcome = csv("1,2\n3,4", List.of("A", "B"), ',', 0);

    assertThat(items(outcome))
        .containsExactly(
            json("{\"A\": \"1\", \"B\": \"2\"}"), json("{\"A\": \"3\", \"B\": \"4\"}"));
  }

  @Test
  void duplicateHeadersFailTheReadAsAwsWordsIt() {
    ReaderOutcome outcome = csv("1,2,3\n", List.of("H1", "H1", "H3"), ',', 0);

    assertThat(outcome)
        .isEqualTo(
            new ReaderOutcome.Failed(
                "States.ItemReaderFailed", "CSV headers cannot contain duplicates."));
  }

  @Test
  void quotedFieldsKeepDelimitersLineBreaksAndDoubledQuotes() {
    ReaderOutcome outcome = csv("a|b\r\n\"x|y\"|\"1\n\"\"2\"\"\"\r\n", null, '|', 0);

    assertThat(items(outcome)).containsExactly(json("{\"a\": \"x|y\", \"b\": \"1\\n\\\"2\\\"\"}"));
  }

  @Test
  void maxItemsStopsAfterThatManyRowsAndZeroMeansAll() {
    String body = "a\n1\n2\n3\n";

    assertThat(items(csv(body, null, ',', 2))).hasSize(2);
    assertThat(items(csv(body, null, ',', 0))).hasSize(3);
  }
}
