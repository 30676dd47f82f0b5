package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.internal.Intrinsics;
import dev.sluice.asl.internal.JsonataEvaluator;
import dev.sluice.asl.internal.Paths;
import dev.sluice.asl.internal.Template;
import java.util.List;

/** Applies a Map state's {@link ItemBatcher} (if any) to its selected items. */
final class Batching {
  private Batching() {}

  /** JSONPath: the limits' paths and BatchInput see the effective input (and the variables). */
  static List<JsonNode> jsonPath(
      ItemBatcher batcher, List<JsonNode> items, JsonNode effective, Context context) {
    if (batcher == null) {
      return items;
    }
    Paths paths = Paths.of(effective, context);
    long maxItems =
        limit(
            paths, batcher.maxItemsPerBatch(), batcher.maxItemsPerBatchPath(), "MaxItemsPerBatch");
    long maxBytes =
        limit(
            paths,
            batcher.maxInputBytesPerBatch(),
            batcher.maxInputBytesPerBatchPath(),
            "MaxInputBytesPerBatch");
    JsonNode batchInput =
        batcher.batchInput() == null
            ? null
            : new Template(paths, new Intrinsics(paths, context.entropy()))
                .expand(batcher.batchInput());
    return ItemBatches.of(items, batchInput, maxItems, bytes(maxBytes));
  }

  /** JSONata: the limits and BatchInput may be expressions. */
  static List<JsonNode> jsonata(
      ItemBatcher batcher, List<JsonNode> items, JsonataEvaluator evaluator) {
    if (batcher == null) {
      return items;
    }
    long maxItems = expression(evaluator, batcher.maxItemsPerBatch(), "MaxItemsPerBatch");
    long maxBytes = expression(evaluator, batcher.maxInputBytesPerBatch(), "MaxInputBytesPerBatch");
    JsonNode batchInput =
        batcher.batchInput() == null
            ? null
            : evaluator.expand(batcher.batchInput(), "ItemBatcher/BatchInput");
    return ItemBatches.of(items, batchInput, maxItems, bytes(maxBytes));
  }

  private static long limit(Paths paths, JsonNode literal, String path, String field) {
    if (path != null) {
      return Limits.integer(paths.required(path, field + "Path"), path, field + "Path");
    }
    return literal == null ? 0 : literal.asLong(0);
  }

  private static long expression(JsonataEvaluator evaluator, JsonNode value, String field) {
    if (value == null) {
      return 0;
    }
    return Limits.integer(evaluator.expand(value, "ItemBatcher/" + field), null, field);
  }

  private static long bytes(long maxBytes) {
    return maxBytes <= 0 ? ItemBatches.DEFAULT_MAX_BYTES : maxBytes;
  }
}
