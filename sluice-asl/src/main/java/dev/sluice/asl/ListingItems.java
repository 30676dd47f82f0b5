package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The items of an {@code s3:listObjectsV2} ItemReader: one per object, {@code {"Etag", "Key",
 * "LastModified", "Size", "StorageClass"}} with the ETag in quotes and LastModified in epoch
 * seconds, at most {@link ItemRead#maxItems()}.
 */
public final class ListingItems {
  private ListingItems() {}

  /** The items of {@code objects}, listed in key order. */
  public static ReaderOutcome of(ItemRead read, List<ListedObject> objects) {
    List<JsonNode> items = new ArrayList<>();
    for (ListedObject object : objects) {
      if (read.maxItems() > 0 && items.size() >= read.maxItems()) {
        break;
      }
      items.add(item(object));
    }
    return new ReaderOutcome.Items(items);
  }

  private static ObjectNode item(ListedObject object) {
    ObjectNode item = JsonNodeFactory.instance.objectNode();
    String etag = object.etag();
    item.put("Etag", etag.startsWith("\"") ? etag : "\"" + etag + "\"");
    item.put("Key", object.key());
    item.put("LastModified", object.lastModified().getEpochSecond());
    item.put("Size", object.size());
    item.put("StorageClass", object.storageClass() == null ? "STANDARD" : object.storageClass());
    return item;
  }
}
