package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordCorpusTest {
  @TempDir Path dir;

  @Test
  void theSameSeedWritesTheSameBytes() throws Exception {
    var first = new WordCorpus(7).write(dir.resolve("a"), 3 << 20, 3);
    var second = new WordCorpus(7).write(dir.resolve("b"), 3 << 20, 3);

    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.mismatch(first.get(i), second.get(i))).isEqualTo(-1L);
    }
  }

  @Test
  void writesAboutTheAskedSizeInWholeLines() throws Exception {
    var files = new WordCorpus(7).write(dir, 4 << 20, 2);

    assertThat(files).hasSize(2);
    for (var file : files) {
      assertThat(Files.size(file)).isBetween((2L << 20) - 200, (2L << 20) + 200);
      var bytes = Files.readAllBytes(file);
      assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
    }
  }
}
