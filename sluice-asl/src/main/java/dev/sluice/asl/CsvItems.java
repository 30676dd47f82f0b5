package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * CSV rows as items, as AWS reads them: one object per row, keyed by the headers (the first row, or
 * the given CSVHeaders), every value a string; a short row's missing fields are empty strings, a
 * long row's extra fields are dropped; duplicate headers fail the read.
 */
final class CsvItems {
  private CsvItems() {}

  static ReaderOutcome of(String body, List<String> given, char delimiter, long maxItems) {
    List<List<String>> rows = CsvRows.parse(body, delimiter);
    List<String> headers = given;
    int first = 0;
    if (headers == null) {
      if (rows.isEmpty()) {
        return new ReaderOutcome.Items(List.of());
      }
      headers = rows.get(0);
      first = 1;
    }
    if (new HashSet<>(headers).size() != headers.size()) {
      return ReaderOutcome.Failed.reader("CSV headers cannot contain duplicates.");
    }
    List<JsonNode> items = new ArrayList<>();
    for (int r = first; r < rows.size() && (maxItems <= 0 || items.size() < maxItems); r++) {
      items.add(item(headers, rows.get(r)));
    }
    return new ReaderOutcome.Items(items);
  }

  private static ObjectNode item(List<String> headers, List<String> row) {
    ObjectNode item = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < headers.size(); i++) {
      item.put(headers.get(i), i < row.size() ? row.get(i) : "");
    }
    return item;
  }
}
