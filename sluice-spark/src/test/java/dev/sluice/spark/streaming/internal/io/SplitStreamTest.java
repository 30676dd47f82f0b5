package dev.sluice.spark.streaming.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitStreamTest {

  @TempDir Path dir;

  @Test
  void splitsAtAnyOffsetsTogetherReadEveryLineExactlyOnce() throws IOException {
    StringBuilder text = new StringBuilder();
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < 1_000; i++) {
      text.append("line ")
          .append(i)
          .append(" ")
          .append("x".repeat(random.nextInt(0, 200)))
          .append('\n');
    }
    Path file = Files.writeString(dir.resolve("in.txt"), text);
    long size = Files.size(file);

    for (long splitSize : new long[] {13, 4096, 65_537, size / 3, size}) {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      long records = 0;
      for (long start = 0; start < size; start += splitSize) {
        records +=
            read(
                new InputSplit(file.toString(), start, Math.min(splitSize, size - start), false),
                all);
      }
      assertThat(all.toString(StandardCharsets.UTF_8))
          .as("split size %d", splitSize)
          .isEqualTo(text.toString());
      assertThat(records).isEqualTo(1_000);
    }
  }

  @Test
  void turnsCrAndCrLfIntoLfAndEndsTheLastLine() throws IOException {
    Path file = Files.writeString(dir.resolve("in.txt"), "a\r\nb\rc\n\r\nlast");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long records = read(new InputSplit(file.toString(), 0, Files.size(file), false), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a\nb\nc\n\nlast\n");
    assertThat(records).isEqualTo(5);
  }

  @Test
  void turnsLineEndsAnywhereInLongTextIntoLfsLikeAReferenceReplacement() throws IOException {
    SplittableRandom random = new SplittableRandom(4);
    StringBuilder text = new StringBuilder();
    String[] ends = {"\n", "\r", "\r\n"};
    for (int i = 0; i < 20_000; i++) {
      text.append("w".repeat(random.nextInt(0, 13))).append(ends[random.nextInt(3)]);
    }
    Path file = Files.writeString(dir.resolve("mixed.txt"), text);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long records = read(new InputSplit(file.toString(), 0, Files.size(file), false), out);

    String expected = text.toString().replaceAll("\r\n|\r", "\n");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(records).isEqualTo(expected.chars().filter(c -> c == '\n').count());
  }

  @Test
  void aSplitInWhichNoLineStartsIsEmpty() throws IOException {
    Path file = Files.writeString(dir.resolve("in.txt"), "one long line\nx\n");
    try (SplitStream split = SplitStream.open(new InputSplit(file.toString(), 2, 3, false))) {
      assertThat(split.isEmpty()).isTrue();
      assertThat(split.read(new byte[10], 0, 10)).isEqualTo(-1);
    }
  }

  @Test
  void readsAGzipFileWhole() throws IOException {
    Path file = dir.resolve("in.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("x\ny\n".getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long records = read(new InputSplit(file.toString(), 0, Files.size(file), true), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("x\ny\n");
    assertThat(records).isEqualTo(2);
  }

  private static long read(InputSplit split, ByteArrayOutputStream into) throws IOException {
    try (SplitStream stream = SplitStream.open(split)) {
      stream.copyTo(into);
      return stream.records();
    }
  }
}
