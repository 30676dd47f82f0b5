package dev.sluice.aws.chunked;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sluice.aws.http.Headers;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.RejectedInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The aws-chunked framing: chunks, the last chunk, trailers, and every way they can break. */
class AwsChunkedInputStreamTest {
  private final Headers trailers = new Headers();

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 4096, 100_000})
  void decodesChunksWhateverTheReadSize(int readSize) throws IOException {
    var body = "5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n";

    assertThat(readAll(stream(body, -1), readSize)).isEqualTo("hello, world");
  }

  @Test
  void decodesChunksThatCarrySignatureExtensions() throws IOException {
    var body =
        "3;chunk-signature=aaaa\r\nabc\r\n2;ext=1;chunk-signature=bbbb\r\nde\r\n"
            + "0;chunk-signature=cccc\r\n\r\n";
    var verifier = new RecordingVerifier();

    var decoded = readAll(new AwsChunkedInputStream(in(body), verifier, trailers, 5, false), 64);

    assertThat(decoded).isEqualTo("abcde");
    assertThat(verifier.chunks).containsExactly("abc@aaaa", "de@bbbb", "@cccc");
  }

  @Test
  void fillsTrailersOnlyWhenTheLastChunkIsRead() throws IOException {
    var body =
        "3\r\nabc\r\n0\r\nX-Amz-Checksum-CRC32: AAAAAA== \r\n"
            + "x-amz-trailer-signature:ffff\r\n\r\n";
    var verifier = new RecordingVerifier();
    var stream = new AwsChunkedInputStream(in(body), verifier, trailers, -1, false);

    assertThat(stream.read(new byte[3])).isEqualTo(3);
    assertThat(trailers.names()).isEmpty();
    assertThat(stream.read(new byte[3])).isEqualTo(-1);

    assertThat(trailers.first("x-amz-checksum-crc32")).isEqualTo("AAAAAA==");
    assertThat(trailers.has("x-amz-trailer-signature")).isFalse();
    assertThat(verifier.trailer).isEqualTo("x-amz-checksum-crc32:AAAAAA==\n@ffff");
  }

  @Test
  void keepsReportingTheEndOnceReached() throws IOException {
    var stream = stream("0\r\n\r\n", 0);

    assertThat(stream.read()).isEqualTo(-1);
    assertThat(stream.read(new byte[8], 0, 8)).isEqualTo(-1);
    assertThat(stream.read(new byte[8], 0, 0)).isZero();
  }

  @Test
  void acceptsABodyThatEndsWithoutTheFinalEmptyLine() throws IOException {
    assertThat(readAll(stream("2\r\nok\r\n0\r\n", 2), 16)).isEqualTo("ok");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5\r\nhel",
        "5\r\nhello",
        "5\r\nhello\r\n",
        "5\r\nhello\r\n7\r\n, w",
        "5\r\nhel",
        "",
      })
  void rejectsABodyCutShort(String body) {
    var failure = failure(stream(body, -1));

    assertThat(failure.code()).isEqualTo("IncompleteBody");
    assertThat(failure.status()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x\r\nhello\r\n0\r\n\r\n",
        "\r\nhello\r\n0\r\n\r\n",
        "5\nhello\r\n0\r\n\r\n",
        "5\r\nhelloXX0\r\n\r\n",
        "-5\r\nhello\r\n0\r\n\r\n",
        "1000000000000000\r\n",
        "0\r\nno-colon-here\r\n\r\n",
      })
  void rejectsMalformedFramingAsIncompleteBody(String body) {
    assertThat(failure(stream(body, -1)).code()).isEqualTo("IncompleteBody");
  }

  @Test
  void rejectsAChunkHeaderLongerThanAnyS3Sends() {
    var body = "5;" + "x".repeat(5000) + "\r\nhello\r\n0\r\n\r\n";

    assertThat(failure(stream(body, -1)).code()).isEqualTo("IncompleteBody");
  }

  @Test
  void reportsTheByteCountsWhenFewerBytesArriveThanDeclared() {
    var failure = failure(stream("5\r\nhello\r\n0\r\n\r\n", 6));

    assertThat(failure.code()).isEqualTo("IncompleteBody");
    assertThat(failure.details())
        .containsEntry("NumberBytesExpected", "6")
        .containsEntry("NumberBytesProvided", "5");
  }

  @Test
  void rejectsAChunkThatGoesBeyondTheDeclaredLength() {
    var failure = failure(stream("5\r\nhello\r\n3\r\nabc\r\n0\r\n\r\n", 6));

    assertThat(failure.code()).isEqualTo("IncompleteBody");
  }

  @Test
  void rejectsASmallChunkBeforeTheLastWhenTheMinimumIsEnforced() throws IOException {
    var body = chunked(8192, 100, 8192);

    var enforced = new AwsChunkedInputStream(in(body), ChunkVerifier.NONE, trailers, -1, true);
    var failure = failure(enforced);

    assertThat(failure.code()).isEqualTo("InvalidChunkSizeError");
    assertThat(failure.status()).isEqualTo(403);
    assertThat(failure.message())
        .isEqualTo("Only the last chunk is allowed to have a size less than 8192 bytes");
    assertThat(failure.details()).containsEntry("Chunk", "2").containsEntry("BadChunkSize", "100");
    assertThat(readAll(stream(body, -1), 1000)).hasSize(8192 + 100 + 8192);
  }

  @Test
  void allowsTheLastDataChunkToBeSmall() throws IOException {
    var body = chunked(8192, 8192, 1);
    var stream = new AwsChunkedInputStream(in(body), ChunkVerifier.NONE, trailers, -1, true);

    assertThat(readAll(stream, 4096)).hasSize(16385);
  }

  @Test
  void passesAVerifierRejectionOnFromRead() {
    ChunkVerifier refusing =
        new RecordingVerifier() {
          @Override
          public void endChunk(long size, String signature) throws RejectedInput {
            throw new RejectedInput(Failure.of("SignatureDoesNotMatch", 403, "no"));
          }
        };
    var stream =
        new AwsChunkedInputStream(in("1\r\na\r\n0\r\n\r\n"), refusing, trailers, -1, false);

    assertThat(failure(stream).code()).isEqualTo("SignatureDoesNotMatch");
  }

  private AwsChunkedInputStream stream(String body, long decodedLength) {
    return new AwsChunkedInputStream(in(body), ChunkVerifier.NONE, trailers, decodedLength, false);
  }

  private static InputStream in(String body) {
    return new ByteArrayInputStream(body.getBytes(ISO_8859_1));
  }

  private static String chunked(int... sizes) {
    var body = new StringBuilder();
    for (int size : sizes) {
      body.append(Integer.toHexString(size)).append("\r\n").append("z".repeat(size)).append("\r\n");
    }
    return body.append("0\r\n\r\n").toString();
  }

  private static String readAll(InputStream stream, int readSize) throws IOException {
    var out = new ByteArrayOutputStream();
    var buffer = new byte[readSize];
    for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
      out.write(buffer, 0, n);
    }
    return out.toString(ISO_8859_1);
  }

  private static Failure failure(InputStream stream) {
    var rejected = catchThrowableOfType(RejectedInput.class, () -> readAll(stream, 7));
    assertThat(rejected).as("reading is rejected").isNotNull();
    return rejected.failure();
  }

  /** A verifier that notes what it was shown: each chunk's data and signature, the trailer. */
  private static class RecordingVerifier implements ChunkVerifier {
    final List<String> chunks = new ArrayList<>();
    final StringBuilder data = new StringBuilder();
    String trailer;

    @Override
    public boolean needsData() {
      return true;
    }

    @Override
    public void update(byte[] bytes, int offset, int length) {
      data.append(new String(bytes, offset, length, ISO_8859_1));
    }

    @Override
    public void endChunk(long size, String signature) throws RejectedInput {
      assertThat(data).hasSize((int) size);
      chunks.add(data + "@" + signature);
      data.setLength(0);
    }

    @Override
    public void endTrailer(String canonicalTrailers, String signature) {
      trailer = canonicalTrailers + "@" + signature;
    }
  }
}
