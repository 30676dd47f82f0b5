package dev.sluice.aws.chunked;

import dev.sluice.core.result.Failure;

/** The failures S3 answers with when a request body's bytes do not add up. */
public final class BodyFailures {

  /** The size below which only the last data chunk of a signed aws-chunked body may be. */
  public static final int MINIMUM_CHUNK_SIZE = 8192;

  private BodyFailures() {}

  /** {@code IncompleteBody}: the body ended early or its framing broke off. */
  public static Failure incompleteBody() {
    return Failure.of(
        "IncompleteBody",
        400,
        "You did not provide the number of bytes specified by the Content-Length HTTP header");
  }

  /** {@code IncompleteBody} with the byte counts S3 reports. */
  public static Failure incompleteBody(long expected, long provided) {
    return incompleteBody()
        .with("NumberBytesExpected", Long.toString(expected))
        .with("NumberBytesProvided", Long.toString(provided));
  }

  /** {@code InvalidChunkSizeError}: a chunk other than the last was smaller than 8 KiB. */
  public static Failure invalidChunkSize(int chunkNumber, long size) {
    return Failure.of(
            "InvalidChunkSizeError",
            403,
            "Only the last chunk is allowed to have a size less than "
                + MINIMUM_CHUNK_SIZE
                + " bytes")
        .with("Chunk", Integer.toString(chunkNumber))
        .with("BadChunkSize", Long.toString(size));
  }
}
