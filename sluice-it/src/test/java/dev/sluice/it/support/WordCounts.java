package dev.sluice.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The word count of scenario 1 computed here, independently of Sluice: every match of {@code
 * [a-zA-Z][a-zA-Z0-9]*}, lower-cased, counted.
 */
public final class WordCounts {
  /** The runnable example's input and mapper, from sluice-it's working directory. */
  public static final Path EXAMPLE = Path.of("..", "examples", "wordcount");

  private static final Pattern WORD = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

  private WordCounts() {}

  public static Map<String, String> of(String text) {
    var counts = new TreeMap<String, Long>();
    var matcher = WORD.matcher(text);
    while (matcher.find()) {
      counts.merge(matcher.group().toLowerCase(Locale.ROOT), 1L, Long::sum);
    }
    var shown = new TreeMap<String, String>();
    counts.forEach((word, count) -> shown.put(word, Long.toString(count)));
    return shown;
  }

  /** The count of every file in {@code directory} together. */
  public static Map<String, String> ofFiles(Path directory) {
    return of(text(directory));
  }

  /** The files of {@code directory} by name, in name order. */
  public static Map<String, Path> files(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      var byName = new TreeMap<String, Path>();
      files.filter(Files::isRegularFile).forEach(f -> byName.put(f.getFileName().toString(), f));
      return byName;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Path directory) {
    var text = new StringBuilder();
    for (var file : files(directory).values()) {
      try {
        text.append(Files.readString(file)).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return text.toString();
  }
}
