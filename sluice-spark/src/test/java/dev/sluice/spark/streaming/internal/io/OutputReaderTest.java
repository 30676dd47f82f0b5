package dev.sluice.spark.streaming.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputReaderTest {

  @Test
  void splitsLinesAtTheFirstTabOrMakesTheWholeLineTheKey() throws IOException {
    assertThat(read("a\t1\nb\t2\t3\nno tab\n\n", KeyValueFormat.TAB_FIRST_FIELD, false))
        .containsExactly("a|1", "b|2\t3", "no tab|", "|");
  }

  @Test
  void endsLinesAtLfCrOrCrLfAndKeepsALastLineWithoutEnd() throws IOException {
    assertThat(read("a\t1\r\nb\t2\rc\t3\nd\t4", KeyValueFormat.TAB_FIRST_FIELD, false))
        .containsExactly("a|1", "b|2", "c|3", "d|4");
  }

  @Test
  void readsTheSameWhenEveryReadReturnsOneByte() throws IOException {
    String text = "a\t1\r\nb\t2\r\r\nc\t3\n";
    assertThat(read(text, KeyValueFormat.TAB_FIRST_FIELD, true))
        .containsExactlyElementsOf(read(text, KeyValueFormat.TAB_FIRST_FIELD, false))
        .containsExactly("a|1", "b|2", "|", "c|3");
  }

  @Test
  void aKeyOfSeveralFieldsEndsAtTheNthSeparator() throws IOException {
    assertThat(read("a.b.c.d\na.b\n", KeyValueFormat.of(".", 2), false))
        .containsExactly("a.b|c.d", "a.b|");
  }

  @Test
  void aSeparatorMayBeSeveralBytes() throws IOException {
    assertThat(read("k::v::w\nk:v\n", KeyValueFormat.of("::", 1), false))
        .containsExactly("k|v::w", "k:v|");
  }

  @Test
  void aLineLongerThanTheBufferArrivesWhole() throws IOException {
    String value = "x".repeat(1 << 20);
    assertThat(read("k\t" + value + "\nnext\t1\n", KeyValueFormat.TAB_FIRST_FIELD, false))
        .containsExactly("k|" + value, "next|1");
  }

  private static List<String> read(String text, KeyValueFormat format, boolean oneByteReads)
      throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    InputStream in =
        oneByteReads
            ? new ByteArrayInputStream(bytes) {
              @Override
              public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
              }
            }
            : new ByteArrayInputStream(bytes);
    List<String> records = new ArrayList<>();
    OutputReader reader =
        new OutputReader(
            in,
            format,
            (b, ks, ke, vs, ve) ->
                records.add(
                    new String(b, ks, ke - ks, StandardCharsets.UTF_8)
                        + "|"
                        + new String(b, vs, ve - vs, StandardCharsets.UTF_8)));
    reader.drain();
    assertThat(reader.lines()).isEqualTo(records.size());
    return records;
  }
}
