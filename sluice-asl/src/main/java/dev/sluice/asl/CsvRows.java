package dev.sluice.asl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of fields (RFC 4180: fields in double quotes may hold delimiters, line
 * breaks and doubled quotes); empty lines are skipped.
 */
final class CsvRows {
  private final String text;
  private final char delimiter;
  private final List<List<String>> rows = new ArrayList<>();
  private List<String> row = new ArrayList<>();
  private final StringBuilder field = new StringBuilder();
  private boolean touched;

  private CsvRows(String text, char delimiter) {
    this.text = text;
    this.delimiter = delimiter;
  }

  static List<List<String>> parse(String text, char delimiter) {
    CsvRows parser = new CsvRows(text, delimiter);
    parser.run();
    return parser.rows;
  }

  private void run() {
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' && field.isEmpty()) {
        i = quoted(i + 1);
      } else if (c == delimiter) {
        endField();
        i++;
      } else if (c == '\n' || c == '\r') {
        endRow();
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
      } else {
        field.append(c);
        touched = true;
        i++;
      }
    }
    endRow();
  }

  /** Reads a quoted field from {@code i} (after the opening quote); returns where it ended. */
  private int quoted(int i) {
    touched = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '"') {
        field.append(c);
        i++;
      } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
        field.append('"');
        i += 2;
      } else {
        return i + 1;
      }
    }
    return i;
  }

  private void endField() {
    row.add(field.toString());
    field.setLength(0);
    touched = true;
  }

  private void endRow() {
    if (touched || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    row = new ArrayList<>();
    field.setLength(0);
    touched = false;
  }
}
