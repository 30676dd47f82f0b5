package dev.sluice.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The Markdown report: printed as it grows, and written to a file at the end when asked. */
final class Report {
  private final StringBuilder text = new StringBuilder();
  private final PrintStream console;

  Report(PrintStream console) {
    this.console = console;
  }

  void heading(int level, String title) {
    append("#".repeat(level) + " " + title + "\n\n");
  }

  void paragraph(String line) {
    append(line + "\n\n");
  }

  void table(List<String> header, List<List<String>> rows) {
    var out = new StringBuilder();
    out.append(row(header));
    out.append(row(header.stream().map(h -> "---").toList()));
    rows.forEach(r -> out.append(row(r)));
    append(out + "\n");
  }

  void writeTo(Path file) throws IOException {
    var parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text);
  }

  static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value >= 1) {
      return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }

  static String percent(double ratio) {
    return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.0f %%", ratio * 100);
  }

  static String verdict(boolean met) {
    return met ? "met" : "**not met**";
  }

  private static String row(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  private void append(String chunk) {
    text.append(chunk);
    console.print(chunk);
    console.flush();
  }
}
