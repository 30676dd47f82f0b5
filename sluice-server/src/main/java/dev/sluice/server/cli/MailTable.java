package dev.sluice.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Renders the messages of {@code /_sluice/mail} as a text table with aligned columns. */
final class MailTable {
  private static final List<String> HEADINGS = List.of("ID", "DATE", "FROM", "TO", "SUBJECT");
  private static final List<String> FIELDS = List.of("id", "date", "from", "to", "subject");

  private MailTable() {}

  static String render(JsonNode messages) {
    if (messages.isEmpty()) {
      return "No mail.\n";
    }
    var rows = new ArrayList<List<String>>();
    rows.add(HEADINGS);
    messages.forEach(m -> rows.add(FIELDS.stream().map(f -> cell(m.path(f))).toList()));
    var widths = new int[HEADINGS.size()];
    for (var row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    var out = new StringBuilder();
    for (var row : rows) {
      for (int i = 0; i < row.size() - 1; i++) {
        out.append(String.format("%-" + widths[i] + "s  ", row.get(i)));
      }
      out.append(row.getLast()).append('\n');
    }
    return out.toString();
  }

  private static String cell(JsonNode value) {
    return value.isMissingNode() || value.isNull() ? "-" : value.asText();
  }
}
