package dev.sluice.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word count in one Java thread, the pipelines section's plain baseline: words as the mapper
 * finds them ({@code [a-zA-Z][a-zA-Z0-9]*}), lower-cased, counted in a {@link HashMap}.
 */
final class JavaWordCount {
  private final Map<String, long[]> counts = new HashMap<>();
  private final byte[] word = new byte[4096];
  private int length = -1; // -1: not inside a word

  private JavaWordCount() {}

  /** The counts of every word in {@code files}, read in order. */
  static Map<String, Long> count(List<Path> files) throws IOException {
    var counter = new JavaWordCount();
    var buffer = new byte[1 << 20];
    for (var file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        int read;
        while ((read = in.read(buffer)) > 0) {
          counter.scan(buffer, read);
        }
      }
      counter.endWord();
    }
    var result = new HashMap<String, Long>(counter.counts.size() * 2);
    counter.counts.forEach((w, n) -> result.put(w, n[0]));
    return result;
  }

  private void scan(byte[] buffer, int end) {
    for (int i = 0; i < end; i++) {
      int c = buffer[i];
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (length >= 0 && (letter || (c >= '0' && c <= '9'))) {
        word[length++] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
      } else if (length < 0 && letter) {
        word[0] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
        length = 1;
      } else {
        endWord();
      }
    }
  }

  private void endWord() {
    if (length > 0) {
      var key = new String(word, 0, length, StandardCharsets.ISO_8859_1);
      counts.computeIfAbsent(key, k -> new long[1])[0]++;
    }
    length = -1;
  }
}
