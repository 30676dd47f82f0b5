package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups a Map state's items into batches as ItemBatcher asks: {@code {"BatchInput": ..., "Items":
 * [...]}} (BatchInput only when given), each with at most {@code maxItems} items (0: no limit) and
 * at most {@code maxBytes} bytes of JSON, a single larger item forming its own batch.
 */
public final class ItemBatches {
  /** The batch size limit when MaxInputBytesPerBatch is absent: 256 KiB. */
  public static final long DEFAULT_MAX_BYTES = 256 * 1024;

  private ItemBatches() {}

  /** The batches of {@code items}, in order. */
  public static List<JsonNode> of(
      List<JsonNode> items, JsonNode batchInput, long maxItems, long maxBytes) {
    List<JsonNode> batches = new ArrayList<>();
    ObjectNode batch = null;
    long size = 0;
    for (JsonNode item : items) {
      int count = batch == null ? 0 : batch.get("Items").size();
      long added = bytes(item) + (count > 0 ? 1 : 0);
      boolean full =
          batch != null
              && ((maxItems > 0 && count >= maxItems) || (maxBytes > 0 && size + added > maxBytes));
      if (batch == null || full) {
        batch = empty(batchInput);
        batches.add(batch);
        size = bytes(batch);
        added = bytes(item);
      }
      ((ArrayNode) batch.get("Items")).add(item);
      size += added;
    }
    return batches;
  }

  private static ObjectNode empty(JsonNode batchInput) {
    ObjectNode batch = JsonNodeFactory.instance.objectNode();
    if (batchInput != null) {
      batch.set("BatchInput", batchInput);
    }
    batch.putArray("Items");
    return batch;
  }

  private static long bytes(JsonNode node) {
    return node.toString().getBytes(StandardCharsets.UTF_8).length;
  }
}
