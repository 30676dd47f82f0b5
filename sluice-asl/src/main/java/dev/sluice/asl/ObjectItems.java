package dev.sluice.asl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The items an ItemReader finds in one object's text: a JSON array's elements, a JSONL file's
 * lines, or a CSV file's rows (see {@link CsvItems}); at most {@link ItemRead#maxItems()}.
 */
public final class ObjectItems {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ObjectItems() {}

  /** The items of {@code body}, the object {@code read} named. */
  public static ReaderOutcome of(ItemRead read, String body) {
    String type = read.inputType() == null ? "JSON" : read.inputType();
    return switch (type) {
      case "JSON" -> json(body, read.maxItems());
      case "JSONL" -> jsonLines(body, read.maxItems());
      case "CSV" -> CsvItems.of(body, read.csvHeaders(), read.delimiter(), read.maxItems());
      default ->
          ReaderOutcome.Failed.reader(
              "Sluice does not support the ItemReader InputType '" + type + "'.");
    };
  }

  private static ReaderOutcome json(String body, long maxItems) {
    JsonNode array;
    try {
      array = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return ReaderOutcome.Failed.reader("Attempting to map over non-iterable node.");
    }
    if (array == null || !array.isArray()) {
      return ReaderOutcome.Failed.reader("Attempting to map over non-iterable node.");
    }
    List<JsonNode> items = new ArrayList<>();
    for (JsonNode item : array) {
      if (maxItems > 0 && items.size() >= maxItems) {
        break;
      }
      items.add(item);
    }
    return new ReaderOutcome.Items(items);
  }

  private static ReaderOutcome jsonLines(String body, long maxItems) {
    List<JsonNode> items = new ArrayList<>();
    String[] lines = body.split("\r?\n", -1);
    for (int i = 0; i < lines.length && (maxItems <= 0 || items.size() < maxItems); i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        items.add(JSON.readTree(lines[i]));
      } catch (JsonProcessingException e) {
        return ReaderOutcome.Failed.reader(
            "Unable to parse JSONL line " + (i + 1) + " of the object.");
      }
    }
    return new ReaderOutcome.Items(items);
  }
}
