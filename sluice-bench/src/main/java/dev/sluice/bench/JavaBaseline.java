package dev.sluice.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Baseline B of the pipelines section: {@link JavaWordCount} over the corpus in the bench JVM, run
 * twice (the first run also compiles it), the faster one reported.
 *
 * @param seconds the faster run's wall time
 * @param counts the words and their counts, what every other run must write
 */
record JavaBaseline(double seconds, Map<String, Long> counts) {
  static JavaBaseline measure(List<Path> files) throws IOException {
    double best = Double.MAX_VALUE;
    Map<String, Long> counts = Map.of();
    for (int run = 0; run < 2; run++) {
      long started = System.nanoTime();
      counts = JavaWordCount.count(files);
      best = Math.min(best, (System.nanoTime() - started) / 1e9);
    }
    return new JavaBaseline(best, counts);
  }
}
