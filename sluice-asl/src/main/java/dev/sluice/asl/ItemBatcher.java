package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Map state's ItemBatcher as written: each child gets {@code {"BatchInput": ..., "Items": [...]}}
 * instead of one item. A limit is a literal (or a JSONata expression) or a path; null when absent.
 */
public record ItemBatcher(
    JsonNode maxItemsPerBatch,
    String maxItemsPerBatchPath,
    JsonNode maxInputBytesPerBatch,
    String maxInputBytesPerBatchPath,
    JsonNode batchInput) {

  /** The ItemBatcher of a Map state's {@code definition}, or null when it has none. */
  public static ItemBatcher of(JsonNode definition) {
    JsonNode batcher = definition == null ? null : definition.get("ItemBatcher");
    if (batcher == null || !batcher.isObject()) {
      return null;
    }
    return new ItemBatcher(
        batcher.get("MaxItemsPerBatch"),
        batcher.path("MaxItemsPerBatchPath").asText(null),
        batcher.get("MaxInputBytesPerBatch"),
        batcher.path("MaxInputBytesPerBatchPath").asText(null),
        batcher.get("BatchInput"));
  }
}
