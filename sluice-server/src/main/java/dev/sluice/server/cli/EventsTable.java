package dev.sluice.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Renders the events of {@code /_sluice/events} as a text table with aligned columns. */
final class EventsTable {
  private static final List<String> HEADINGS =
      List.of("ID", "STATUS", "SERVICE", "TYPE", "TARGET", "ATTEMPTS", "CREATED", "LAST ERROR");
  private static final List<String> FIELDS =
      List.of("id", "status", "service", "type", "target", "attempts", "createdAt", "lastError");

  private EventsTable() {}

  static String render(JsonNode events) {
    if (events.isEmpty()) {
      return "No events.\n";
    }
    var rows = new ArrayList<List<String>>();
    rows.add(HEADINGS);
    events.forEach(event -> rows.add(FIELDS.stream().map(f -> cell(event.path(f))).toList()));
    var widths = new int[HEADINGS.size()];
    rows.forEach(row -> widen(widths, row));
    var out = new StringBuilder();
    rows.forEach(row -> line(out, widths, row));
    return out.toString();
  }

  private static String cell(JsonNode value) {
    return value.isMissingNode() || value.isNull() ? "-" : value.asText();
  }

  private static void widen(int[] widths, List<String> row) {
    for (int i = 0; i < row.size(); i++) {
      widths[i] = Math.max(widths[i], row.get(i).length());
    }
  }

  private static void line(StringBuilder out, int[] widths, List<String> row) {
    for (int i = 0; i < row.size(); i++) {
      var last = i == row.size() - 1;
      out.append(last ? row.get(i) : String.format("%-" + widths[i] + "s  ", row.get(i)));
    }
    out.append('\n');
  }
}
