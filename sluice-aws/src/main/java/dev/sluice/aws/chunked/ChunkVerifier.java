package dev.sluice.aws.chunked;

import dev.sluice.core.result.RejectedInput;

/**
 * Checks the signatures of an aws-chunked body as {@link AwsChunkedInputStream} decodes it: every
 * chunk's data passes through {@link #update}, then {@link #endChunk} with the signature the chunk
 * header carried; after the final chunk, {@link #endTrailer} with the trailer headers.
 */
public interface ChunkVerifier {

  /** Verifies nothing: unsigned encodings, or signatures that are parsed but not verified. */
  ChunkVerifier NONE =
      new ChunkVerifier() {
        @Override
        public boolean needsData() {
          return false;
        }

        @Override
        public void update(byte[] data, int offset, int length) {}

        @Override
        public void endChunk(long size, String signature) {}

        @Override
        public void endTrailer(String canonicalTrailers, String signature) {}
      };

  /** False when {@link #update} ignores its input, so the decoder can skip calling it. */
  boolean needsData();

  void update(byte[] data, int offset, int length);

  /**
   * The chunk whose data went through {@link #update} is complete.
   *
   * @param signature the {@code chunk-signature} extension, or null when the header had none
   * @throws RejectedInput when the signature is missing or wrong
   */
  void endChunk(long size, String signature) throws RejectedInput;

  /**
   * The trailer section is complete.
   *
   * @param canonicalTrailers each trailer (except the signature) as {@code name:value\n},
   *     lower-case names, in arrival order
   * @param signature the {@code x-amz-trailer-signature}, or null when there was none
   * @throws RejectedInput when the signature is missing or wrong
   */
  void endTrailer(String canonicalTrailers, String signature) throws RejectedInput;
}
