package dev.sluice.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A generated text corpus for the word count: lines of 6 to 14 words drawn from a vocabulary of
 * {@value #VOCABULARY} words with Zipf frequencies (exponent 1), some capitalised or upper-case,
 * some with digits inside, with punctuation and stray numbers between them. The same seed gives the
 * same bytes.
 */
final class WordCorpus {
  static final int VOCABULARY = 20_000;
  private static final String[] SEPARATORS = {
    " ", " ", " ", " ", " ", " ", " ", " ", ", ", ", ", ". ", "; ", ": ", " - ", " (", ") ", "! ",
    "? ", " \"", "\" ", "'", " 42 ", " 1984, ", " 3d "
  };

  private final SplittableRandom random;
  private final byte[][][] words; // [rank][lower, Capitalised, UPPER]
  private final double[] cumulative;

  WordCorpus(long seed) {
    this.random = new SplittableRandom(seed);
    var vocabulary = vocabulary(random);
    this.words = new byte[vocabulary.size()][][];
    for (int rank = 0; rank < words.length; rank++) {
      var word = vocabulary.get(rank);
      words[rank] =
          new byte[][] {
            ascii(word),
            ascii(Character.toUpperCase(word.charAt(0)) + word.substring(1)),
            ascii(word.toUpperCase(Locale.ROOT))
          };
    }
    this.cumulative = zipf(words.length);
  }

  /**
   * Writes {@code files} files of about {@code totalBytes / files} bytes each (whole lines) into
   * {@code dir}, named {@code part-NN.txt}; returns them.
   */
  List<Path> write(Path dir, long totalBytes, int files) throws IOException {
    Files.createDirectories(dir);
    var written = new ArrayList<Path>();
    long perFile = totalBytes / files;
    for (int i = 0; i < files; i++) {
      var file = dir.resolve(String.format(Locale.ROOT, "part-%02d.txt", i));
      try (var out = Files.newOutputStream(file)) {
        writeLines(out, perFile);
      }
      written.add(file);
    }
    return written;
  }

  private void writeLines(OutputStream out, long bytes) throws IOException {
    var buffer = new byte[1 << 20];
    int used = 0;
    long total = 0;
    while (total + used < bytes) {
      if (used > buffer.length - 512) {
        out.write(buffer, 0, used);
        total += used;
        used = 0;
      }
      used = line(buffer, used);
    }
    out.write(buffer, 0, used);
  }

  /** One line at {@code at} in {@code buffer}; returns the index after its newline. */
  private int line(byte[] buffer, int at) {
    int count = 6 + random.nextInt(9);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        at = put(buffer, at, SEPARATORS[random.nextInt(SEPARATORS.length)]);
      }
      var forms = words[rank()];
      int shape = random.nextInt(20);
      var word = shape < 16 ? forms[0] : shape < 19 ? forms[1] : forms[2];
      System.arraycopy(word, 0, buffer, at, word.length);
      at += word.length;
    }
    buffer[at] = '\n';
    return at + 1;
  }

  private int rank() {
    int found = Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(found >= 0 ? found : -found - 1, cumulative.length - 1);
  }

  private static int put(byte[] buffer, int at, String text) {
    for (int i = 0; i < text.length(); i++) {
      buffer[at + i] = (byte) text.charAt(i);
    }
    return at + text.length();
  }

  /** Distinct lower-case words, frequent (low rank) ones shorter; one in twenty holds a digit. */
  private static List<String> vocabulary(SplittableRandom random) {
    var words = new LinkedHashSet<String>();
    while (words.size() < VOCABULARY) {
      int rank = words.size();
      int length = 1 + random.nextInt(3) + (int) (Math.log(rank + 1) / 1.2);
      var word = new StringBuilder();
      for (int i = 0; i < length; i++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      if (length > 2 && random.nextInt(20) == 0) {
        word.setCharAt(1 + random.nextInt(length - 1), (char) ('0' + random.nextInt(10)));
      }
      words.add(word.toString());
    }
    return List.copyOf(words);
  }

  /** The cumulative distribution of ranks with weights 1 / (rank + 1). */
  private static double[] zipf(int size) {
    var cumulative = new double[size];
    double sum = 0;
    for (int rank = 0; rank < size; rank++) {
      sum += 1.0 / (rank + 1);
      cumulative[rank] = sum;
    }
    for (int rank = 0; rank < size; rank++) {
      cumulative[rank] /= sum;
    }
    return cumulative;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
