package dev.sluice.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads the output of Hadoop streaming's {@code aggregate} reducer ({@code word<TAB>count} lines)
 * and compares it with the baseline's counts.
 */
final class WordCountOutput {
  private WordCountOutput() {}

  /** Adds the counts of one part file to {@code into}; a word seen twice is an error. */
  static void read(InputStream part, String name, Map<String, Long> into) throws IOException {
    var text = new String(part.readAllBytes(), StandardCharsets.UTF_8);
    for (var line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IOException(name + " holds a line without a tab: " + line);
      }
      var word = line.substring(0, tab);
      if (into.put(word, Long.parseLong(line.substring(tab + 1).strip())) != null) {
        throw new IOException(name + " counts " + word + " a second time");
      }
    }
  }

  /** The counts in every {@code part-*} file of a job's output directory. */
  static Map<String, Long> readDirectory(Path output) throws IOException {
    var counts = new HashMap<String, Long>();
    List<Path> parts;
    try (Stream<Path> listed = Files.list(output)) {
      parts = listed.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    for (var part : parts) {
      try (InputStream in = Files.newInputStream(part)) {
        read(in, part.toString(), counts);
      }
    }
    return counts;
  }

  /**
   * Null when {@code actual} equals {@code expected}; else what differs (the counts of at most five
   * words).
   */
  static String difference(Map<String, Long> expected, Map<String, Long> actual) {
    if (expected.equals(actual)) {
      return null;
    }
    var words = new TreeSet<String>(expected.keySet());
    words.addAll(actual.keySet());
    var shown = new StringBuilder();
    int differing = 0;
    for (var word : words) {
      if (!Objects.equals(expected.get(word), actual.get(word))) {
        if (differing++ < 5) {
          shown.append(
              String.format(" %s: %s, not %s;", word, actual.get(word), expected.get(word)));
        }
      }
    }
    return differing
        + " of "
        + words.size()
        + " words counted differently ("
        + expected.size()
        + " words expected, "
        + actual.size()
        + " found):"
        + shown;
  }
}
