package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.ChecksumAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;
import org.junit.jupiter.api.Test;

class ChecksumValuesTest {

  private static final byte[] HELLO = "hello world".getBytes(StandardCharsets.US_ASCII);

  private static String base64(ChecksumAlgorithm algorithm, byte[] bytes) {
    var running = RunningChecksum.start(algorithm);
    running.update(bytes, 0, bytes.length);
    return Base64.getEncoder().encodeToString(running.finish());
  }

  @Test
  void crc32OfHelloWorldIsTheBase64OfItsBigEndianValue() {
    assertThat(base64(ChecksumAlgorithm.CRC32, HELLO)).isEqualTo("DUoRhQ==");
  }

  @Test
  void crc32cOfHelloWorldIsTheBase64OfItsBigEndianValue() {
    assertThat(base64(ChecksumAlgorithm.CRC32C, HELLO)).isEqualTo("yZRlqg==");
  }

  @Test
  void sha256AndSha1OfHelloWorldAreTheBase64OfTheDigests() {
    assertThat(base64(ChecksumAlgorithm.SHA256, HELLO))
        .isEqualTo("uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=");
    assertThat(base64(ChecksumAlgorithm.SHA1, HELLO)).isEqualTo("Kq5sNclPz7QV2+lfQIuc6R7oRu0=");
  }

  @Test
  void crc64NvmeOfTheStandardCheckInputIsTheStandardCheckValue() {
    var crc = new Crc64Nvme();
    crc.update("123456789".getBytes(StandardCharsets.US_ASCII));
    assertThat(crc.getValue()).isEqualTo(0xAE8B14860A799888L);
    assertThat(base64(ChecksumAlgorithm.CRC64NVME, "123456789".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(Base64.getEncoder().encodeToString(HexFormat.of().parseHex("AE8B14860A799888")));
  }

  @Test
  void crc64NvmeGivesTheSameValueWhateverTheChunkingOfTheInput() {
    byte[] data = new byte[10_000];
    new Random(42).nextBytes(data);
    var whole = new Crc64Nvme();
    whole.update(data, 0, data.length);
    var byteByByte = new Crc64Nvme();
    for (byte b : data) {
      byteByByte.update(b);
    }
    var oddChunks = new Crc64Nvme();
    for (int i = 0; i < data.length; i += 13) {
      oddChunks.update(data, i, Math.min(13, data.length - i));
    }
    assertThat(byteByByte.getValue()).isEqualTo(whole.getValue());
    assertThat(oddChunks.getValue()).isEqualTo(whole.getValue());
  }

  @Test
  void combiningTheCrcsOfTwoPiecesGivesTheCrcOfTheirConcatenation() {
    byte[] data = new byte[5_000];
    new Random(7).nextBytes(data);
    for (int split : new int[] {0, 1, 8, 1234, 4999, 5000}) {
      assertCombines(CrcCombiner.CRC32, CRC32::new, data, split, 0xffffffffL);
      assertCombines(CrcCombiner.CRC32C, CRC32C::new, data, split, 0xffffffffL);
      assertCombines(CrcCombiner.CRC64NVME, Crc64Nvme::new, data, split, -1L);
    }
  }

  private static void assertCombines(
      CrcCombiner combiner,
      java.util.function.Supplier<Checksum> crc,
      byte[] data,
      int split,
      long mask) {
    var a = crc.get();
    a.update(data, 0, split);
    var b = crc.get();
    b.update(data, split, data.length - split);
    var whole = crc.get();
    whole.update(data, 0, data.length);
    assertThat(combiner.combine(a.getValue(), b.getValue(), data.length - split) & mask)
        .as("split at %d", split)
        .isEqualTo(whole.getValue() & mask);
  }
}
