package dev.sluice.spark.streaming;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A generated text corpus for word counts: lines of about ten words drawn from a vocabulary of
 * random lower- and upper-case words with Zipf-like frequencies (rank r has weight 1/r).
 */
final class WordCorpus {

  private final String[] vocabulary;
  private final double[] cumulative;

  WordCorpus(int vocabularySize, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<String> words = new LinkedHashSet<>();
    while (words.size() < vocabularySize) {
      words.add(randomWord(random));
    }
    vocabulary = words.toArray(String[]::new);
    cumulative = new double[vocabularySize];
    double total = 0;
    for (int rank = 0; rank < vocabularySize; rank++) {
      total += 1.0 / (rank + 1);
      cumulative[rank] = total;
    }
  }

  private static String randomWord(SplittableRandom random) {
    int length = 2 + random.nextInt(9);
    StringBuilder word = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      char c = (char) ('a' + random.nextInt(26));
      word.append(random.nextInt(10) == 0 ? Character.toUpperCase(c) : c);
    }
    return word.toString();
  }

  /** Writes at least {@code bytes} bytes of whole lines to {@code file}. */
  void write(Path file, long bytes, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      long written = 0;
      while (written < bytes) {
        byte[] line = line(random).getBytes(StandardCharsets.US_ASCII);
        out.write(line);
        written += line.length;
      }
    }
  }

  private String line(SplittableRandom random) {
    StringBuilder line = new StringBuilder(96);
    int words = 8 + random.nextInt(5);
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        line.append(random.nextInt(20) == 0 ? ", " : " ");
      }
      line.append(word(random));
    }
    return line.append('\n').toString();
  }

  private String word(SplittableRandom random) {
    double point = random.nextDouble() * cumulative[cumulative.length - 1];
    int at = Arrays.binarySearch(cumulative, point);
    return vocabulary[at >= 0 ? at : Math.min(-at - 1, vocabulary.length - 1)];
  }

  /**
   * {@code WordCorpus <file> <MiB>}: writes a corpus from the default vocabulary (20,000 words).
   */
  public static void main(String[] args) throws IOException {
    new WordCorpus(20_000, 7).write(Path.of(args[0]), Long.parseLong(args[1]) << 20, 11);
  }
}
