package dev.sluice.asl;

import static dev.sluice.asl.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemBatchesTest {
  private static final List<JsonNode> ITEMS = List.of(json("1"), json("2"), json("3"));

  @Test
  void batchesHoldAtMostMaxItemsPerBatch() {
    assertThat(ItemBatches.of(ITEMS, null, 2, ItemBatches.DEFAULT_MAX_BYTES))
        .containsExactly(json("{\"Items\": [1, 2]}"), json("{\"Items\": [3]}"));
  }

  @Test
  void batchInputComesWithEveryBatch() {
    assertThat(ItemBatches.of(ITEMS, json("{\"k\": \"v\"}"), 3, ItemBatches.DEFAULT_MAX_BYTES))
        .containsExactly(json("{\"BatchInput\": {\"k\": \"v\"}, \"Items\": [1, 2, 3]}"));
  }

  @Test
  void aBatchClosesBeforeItWouldExceedMaxInputBytes() {
    List<JsonNode> items = List.of(json("\"aaaa\""), json("\"bbbb\""), json("\"cccc\""));

    // {"Items":["aaaa","bbbb"]} is 25 bytes
    assertThat(ItemBatches.of(items, null, 0, 25))
        .containsExactly(
            json("{\"Items\": [\"aaaa\", \"bbbb\"]}"), json("{\"Items\": [\"cccc\"]}"));
  }

  @Test
  void anItemLargerThanTheLimitStillFormsItsOwnBatch() {
    assertThat(ItemBatches.of(List.of(json("\"a long item\"")), null, 0, 5))
        .containsExactly(json("{\"Items\": [\"a long item\"]}"));
  }
}
