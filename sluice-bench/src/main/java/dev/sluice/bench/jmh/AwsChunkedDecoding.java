package dev.sluice.bench.jmh;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import dev.sluice.aws.chunked.AwsChunkedInputStream;
import dev.sluice.aws.chunked.ChunkVerifier;
import dev.sluice.aws.http.Headers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding an 8 MiB aws-chunked body (signed chunk headers, signatures parsed but not verified, as
 * with {@code --auth accept-any}) against the baseline of copying the same payload from a plain
 * stream. Both read into a 64 KiB buffer, as the blob writer does. Run with {@code java -cp
 * 'sluice-bench/target/classes:sluice-bench/target/lib/*' org.openjdk.jmh.Main AwsChunkedDecoding}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AwsChunkedDecoding {
  private static final int PAYLOAD = 8 * 1024 * 1024;

  /** Chunk size the client chose: the SDK's default is 128 KiB; 8 KiB is S3's minimum. */
  @Param({"8192", "131072"})
  public int chunkSize;

  private byte[] payload;
  private byte[] encoded;
  private final byte[] buffer = new byte[64 * 1024];

  @Setup
  public void encode() throws IOException {
    payload = new byte[PAYLOAD];
    new Random(42).nextBytes(payload);
    var out = new ByteArrayOutputStream(PAYLOAD + PAYLOAD / 64);
    var signature = HexFormat.of().formatHex(new byte[32]);
    for (int offset = 0; offset < PAYLOAD; offset += chunkSize) {
      int size = Math.min(chunkSize, PAYLOAD - offset);
      out.write(header(size, signature));
      out.write(payload, offset, size);
      out.write("\r\n".getBytes(ISO_8859_1));
    }
    out.write(header(0, signature));
    out.write("\r\n".getBytes(ISO_8859_1));
    encoded = out.toByteArray();
  }

  @Benchmark
  public long decodeAwsChunked() throws IOException {
    var in =
        new AwsChunkedInputStream(
            new ByteArrayInputStream(encoded), ChunkVerifier.NONE, new Headers(), PAYLOAD, true);
    return drain(in);
  }

  @Benchmark
  public long copyPlainBaseline() throws IOException {
    return drain(new ByteArrayInputStream(payload));
  }

  private long drain(InputStream in) throws IOException {
    long total = 0;
    int n;
    while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
      total += n;
    }
    if (total != PAYLOAD) {
      throw new IllegalStateException("Decoded " + total + " bytes, expected " + PAYLOAD);
    }
    return total;
  }

  private static byte[] header(int size, String signature) {
    return (Integer.toHexString(size) + ";chunk-signature=" + signature + "\r\n")
        .getBytes(ISO_8859_1);
  }
}
