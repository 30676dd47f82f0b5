package dev.sluice.aws.chunked;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import dev.sluice.aws.http.Headers;
import dev.sluice.core.result.RejectedInput;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Decodes an aws-chunked body as it is read: {@code hex-size[;chunk-signature=sig]\r\n data \r\n}
 * chunks, a zero-size last chunk, optional trailer headers and an empty line. Chunk data goes
 * straight into the caller's buffer; only chunk headers and trailers pass through a small internal
 * buffer. Every failure is a {@link RejectedInput} thrown from {@code read}, at the latest before
 * the read that would report the end of the payload.
 */
public final class AwsChunkedInputStream extends InputStream {
  private static final int MAX_LINE = 4096;
  private static final int MAX_TRAILER_BYTES = 16 * 1024;
  private static final int MAX_SIZE_DIGITS = 15;
  private static final String SIGNATURE_EXTENSION = "chunk-signature=";
  private static final String TRAILER_SIGNATURE = "x-amz-trailer-signature";

  private final InputStream in;
  private final ChunkVerifier verifier;
  private final boolean verifyData;
  private final Headers trailers;
  private final long decodedLength;
  private final boolean enforceMinimumChunkSize;
  private final byte[] buffer = new byte[16 * 1024];
  private final byte[] single = new byte[1];
  private int position;
  private int limit;
  private long chunkSize;
  private long chunkRemaining;
  private String chunkSignature;
  private boolean inChunk;
  private boolean finished;
  private long decoded;
  private int completedChunks;
  private long previousChunkSize = -1;

  /**
   * @param in the body as sent
   * @param verifier checks chunk and trailer signatures ({@link ChunkVerifier#NONE} for none)
   * @param trailers receives the trailer headers once the last chunk has been read and verified
   * @param decodedLength {@code x-amz-decoded-content-length}, or -1 when not declared
   * @param enforceMinimumChunkSize whether a data chunk before the last may not be under 8 KiB
   */
  public AwsChunkedInputStream(
      InputStream in,
      ChunkVerifier verifier,
      Headers trailers,
      long decodedLength,
      boolean enforceMinimumChunkSize) {
    this.in = Objects.requireNonNull(in);
    this.verifier = Objects.requireNonNull(verifier);
    this.verifyData = verifier.needsData();
    this.trailers = Objects.requireNonNull(trailers);
    this.decodedLength = decodedLength;
    this.enforceMinimumChunkSize = enforceMinimumChunkSize;
  }

  @Override
  public int read() throws IOException {
    int n = read(single, 0, 1);
    return n < 0 ? -1 : single[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length == 0) {
      return 0;
    }
    if (!awaitData()) {
      return -1;
    }
    int wanted = (int) Math.min(length, chunkRemaining);
    int n;
    if (position < limit) {
      n = Math.min(wanted, limit - position);
      System.arraycopy(buffer, position, target, offset, n);
      position += n;
    } else {
      n = in.read(target, offset, wanted);
      if (n < 0) {
        throw truncated();
      }
    }
    if (verifyData) {
      verifier.update(target, offset, n);
    }
    chunkRemaining -= n;
    decoded += n;
    return n;
  }

  @Override
  public int available() {
    return inChunk ? (int) Math.min(limit - position, chunkRemaining) : 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private boolean awaitData() throws IOException {
    while (chunkRemaining == 0) {
      if (finished) {
        return false;
      }
      nextChunk();
    }
    return true;
  }

  private void nextChunk() throws IOException {
    if (inChunk) {
      endChunk();
    }
    var header = readLine();
    if (header == null) {
      throw truncated();
    }
    parseChunkHeader(header);
    if (chunkSize == 0) {
      verifier.endChunk(0, chunkSignature);
      readTrailers();
      if (decodedLength >= 0 && decoded != decodedLength) {
        throw new RejectedInput(BodyFailures.incompleteBody(decodedLength, decoded));
      }
      finished = true;
      return;
    }
    if (enforceMinimumChunkSize
        && previousChunkSize >= 0
        && previousChunkSize < BodyFailures.MINIMUM_CHUNK_SIZE) {
      throw new RejectedInput(BodyFailures.invalidChunkSize(completedChunks, previousChunkSize));
    }
    if (decodedLength >= 0 && decoded + chunkSize > decodedLength) {
      throw new RejectedInput(BodyFailures.incompleteBody(decodedLength, decoded + chunkSize));
    }
    chunkRemaining = chunkSize;
    inChunk = true;
  }

  private void endChunk() throws IOException {
    expectLineEnd();
    verifier.endChunk(chunkSize, chunkSignature);
    inChunk = false;
    completedChunks++;
    previousChunkSize = chunkSize;
  }

  private void parseChunkHeader(String line) throws RejectedInput {
    int semicolon = line.indexOf(';');
    var size = semicolon < 0 ? line : line.substring(0, semicolon);
    if (size.isEmpty() || size.length() > MAX_SIZE_DIGITS) {
      throw malformed();
    }
    long value = 0;
    for (int i = 0; i < size.length(); i++) {
      int digit = Character.digit(size.charAt(i), 16);
      if (digit < 0) {
        throw malformed();
      }
      value = value << 4 | digit;
    }
    chunkSize = value;
    chunkSignature = semicolon < 0 ? null : signatureExtension(line.substring(semicolon + 1));
  }

  private static String signatureExtension(String extensions) {
    for (var extension : extensions.split(";")) {
      if (extension.startsWith(SIGNATURE_EXTENSION)) {
        return extension.substring(SIGNATURE_EXTENSION.length());
      }
    }
    return null;
  }

  private void readTrailers() throws IOException {
    List<String[]> received = new ArrayList<>();
    var canonical = new StringBuilder();
    String signature = null;
    int total = 0;
    for (var line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
      total += line.length();
      int colon = line.indexOf(':');
      if (colon <= 0 || total > MAX_TRAILER_BYTES) {
        throw malformed();
      }
      var name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      var value = line.substring(colon + 1).trim();
      if (name.equals(TRAILER_SIGNATURE)) {
        signature = value;
      } else {
        received.add(new String[] {name, value});
        canonical.append(name).append(':').append(value).append('\n');
      }
    }
    if (signature != null || !received.isEmpty()) {
      verifier.endTrailer(canonical.toString(), signature);
    }
    received.forEach(trailer -> trailers.add(trailer[0], trailer[1]));
  }

  /** The next CRLF-terminated line without its CRLF, or null at a clean end of the body. */
  private String readLine() throws IOException {
    int scanned = 0;
    while (true) {
      for (int i = position + scanned; i < limit; i++) {
        if (buffer[i] == '\n') {
          if (i == position || buffer[i - 1] != '\r' || i - position > MAX_LINE) {
            throw malformed();
          }
          var line = new String(buffer, position, i - 1 - position, ISO_8859_1);
          position = i + 1;
          return line;
        }
      }
      scanned = limit - position;
      if (scanned > MAX_LINE) {
        throw malformed();
      }
      if (!fill()) {
        if (scanned == 0) {
          return null;
        }
        throw truncated();
      }
    }
  }

  private void expectLineEnd() throws IOException {
    while (limit - position < 2) {
      if (!fill()) {
        throw truncated();
      }
    }
    if (buffer[position] != '\r' || buffer[position + 1] != '\n') {
      throw malformed();
    }
    position += 2;
  }

  private boolean fill() throws IOException {
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n < 0) {
      return false;
    }
    limit += n;
    return true;
  }

  private RejectedInput truncated() {
    return new RejectedInput(
        decodedLength >= 0
            ? BodyFailures.incompleteBody(decodedLength, decoded)
            : BodyFailures.incompleteBody());
  }

  private static RejectedInput malformed() {
    return new RejectedInput(BodyFailures.incompleteBody());
  }
}
