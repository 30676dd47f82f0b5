package dev.sluice.aws.chunked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * A 64 MiB aws-chunked body, produced on the fly so that nothing holds it whole, decodes to exactly
 * its bytes through a caller's buffer. (Throughput is measured by running this class and reading
 * its output; it asserts no timing.)
 */
class AwsChunkedDecodingVolumeTest {
  private static final int CHUNK = 128 * 1024;
  private static final long SIZE = 64L * 1024 * 1024 + 12_345;

  @Test
  void decodesSixtyFourMebibytesWithoutHoldingThemWhole() throws IOException {
    var stream =
        new AwsChunkedInputStream(
            new GeneratedChunkedBody(SIZE, CHUNK), ChunkVerifier.NONE, new Headers(), SIZE, true);
    var crc = new CRC32();
    var buffer = new byte[64 * 1024];
    long total = 0;
    for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
      crc.update(buffer, 0, n);
      total += n;
    }

    assertThat(total).isEqualTo(SIZE);
    assertThat(crc.getValue()).isEqualTo(expectedCrc());
  }

  private static long expectedCrc() {
    var crc = new CRC32();
    var buffer = new byte[CHUNK];
    for (long offset = 0; offset < SIZE; offset += CHUNK) {
      int n = (int) Math.min(CHUNK, SIZE - offset);
      GeneratedChunkedBody.fill(buffer, offset, n);
      crc.update(buffer, 0, n);
    }
    return crc.getValue();
  }

  /** An aws-chunked body made chunk by chunk as it is read; data byte i is {@code (byte) i*31}. */
  private static final class GeneratedChunkedBody extends InputStream {
    private final long size;
    private final int chunkSize;
    private byte[] current = new byte[0];
    private int position;
    private long produced;
    private boolean done;

    GeneratedChunkedBody(long size, int chunkSize) {
      this.size = size;
      this.chunkSize = chunkSize;
    }

    static void fill(byte[] buffer, long offset, int length) {
      for (int i = 0; i < length; i++) {
        buffer[i] = (byte) ((offset + i) * 31);
      }
    }

    @Override
    public int read() {
      var one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
      if (position == current.length && !nextPiece()) {
        return -1;
      }
      int n = Math.min(length, current.length - position);
      System.arraycopy(current, position, target, offset, n);
      position += n;
      return n;
    }

    private boolean nextPiece() {
      if (done) {
        return false;
      }
      int n = (int) Math.min(chunkSize, size - produced);
      var header = (Integer.toHexString(n) + ";chunk-signature=" + "0".repeat(64) + "\r\n");
      var headerBytes = header.getBytes(StandardCharsets.US_ASCII);
      current = new byte[headerBytes.length + n + 2];
      System.arraycopy(headerBytes, 0, current, 0, headerBytes.length);
      var data = new byte[n];
      fill(data, produced, n);
      System.arraycopy(data, 0, current, headerBytes.length, n);
      current[current.length - 2] = '\r';
      current[current.length - 1] = '\n';
      position = 0;
      produced += n;
      done = n == 0;
      return true;
    }
  }
}
