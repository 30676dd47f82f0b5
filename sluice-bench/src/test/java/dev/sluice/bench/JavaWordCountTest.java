package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaWordCountTest {
  @TempDir Path dir;

  @Test
  void countsTheWordsTheMappersRegexFindsLowerCased() throws Exception {
    var files = new WordCorpus(3).write(dir, 2 << 20, 2);
    var expected = new HashMap<String, Long>();
    var word = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*").matcher("");
    for (var file : files) {
      word.reset(Files.readString(file));
      while (word.find()) {
        expected.merge(word.group().toLowerCase(Locale.ROOT), 1L, Long::sum);
      }
    }

    assertThat(JavaWordCount.count(files)).isEqualTo(expected);
  }

  @Test
  void aWordEndsAtTheEndOfItsFile() throws Exception {
    var first = Files.writeString(dir.resolve("a.txt"), "Ab1 x-y\nab1");
    var second = Files.writeString(dir.resolve("b.txt"), "AB1 9z 42");

    assertThat(JavaWordCount.count(java.util.List.of(first, second)))
        .isEqualTo(Map.of("ab1", 3L, "x", 1L, "y", 1L, "z", 1L));
  }
}
