package dev.sluice.spark.streaming.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextHashPartitionerTest {

  @Test
  void hashesKeysAsHadoopHashesText() {
    // Text's hash starts at 1 and folds each byte: 31 * 1 + 'a' = 128; 31 * 128 + 'b' = 4066.
    assertThat(TextHashPartitioner.textHash(bytes("a"))).isEqualTo(128);
    assertThat(TextHashPartitioner.textHash(bytes("ab"))).isEqualTo(4066);
    assertThat(TextHashPartitioner.textHash(new byte[] {(byte) 0xff})).isEqualTo(30);
  }

  @Test
  void partitionsByTheNonNegativeHashModuloTheReducers() {
    TextHashPartitioner three = new TextHashPartitioner(3);
    assertThat(three.getPartition(bytes("a"))).isEqualTo(128 % 3);
    assertThat(three.getPartition(bytes("ab"))).isEqualTo(4066 % 3);
    byte[] negative = bytes("LongValueSum:zebra");
    assertThat(TextHashPartitioner.textHash(negative)).isNegative();
    assertThat(three.getPartition(negative))
        .isEqualTo((TextHashPartitioner.textHash(negative) & Integer.MAX_VALUE) % 3);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
