package dev.sluice.aws.auth.internal;

import dev.sluice.aws.chunked.ChunkVerifier;
import dev.sluice.core.result.RejectedInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.crypto.Mac;

/**
 * Verifies the chunk signatures of a {@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER]} body:
 * each chunk's signature signs its data's hash and the previous signature, starting from the
 * request's own (seed) signature; the trailer signature follows the last chunk's.
 */
public final class ChainedChunkVerifier implements ChunkVerifier {
  private final MessageDigest digest = Sha256.newDigest();
  private final Mac mac;
  private final String accessKeyId;
  private final String amzDate;
  private final CredentialScope scope;
  private final boolean signedTrailer;
  private final AuthErrors errors;
  private String previous;

  /**
   * @param seedSignature the request's signature
   * @param signedTrailer whether trailers must carry {@code x-amz-trailer-signature}
   */
  public ChainedChunkVerifier(
      SigningKey key,
      SignatureV4 signature,
      String seedSignature,
      boolean signedTrailer,
      AuthErrors errors) {
    this.mac = key.newMac();
    this.accessKeyId = signature.accessKeyId();
    this.amzDate = signature.amzDate();
    this.scope = signature.scope();
    this.previous = seedSignature;
    this.signedTrailer = signedTrailer;
    this.errors = errors;
  }

  @Override
  public boolean needsData() {
    return true;
  }

  @Override
  public void update(byte[] data, int offset, int length) {
    digest.update(data, offset, length);
  }

  @Override
  public void endChunk(long size, String signature) throws RejectedInput {
    var chunkHash = Hex.encode(digest.digest());
    check(StringToSign.forChunk(amzDate, scope, previous, chunkHash), signature);
  }

  @Override
  public void endTrailer(String canonicalTrailers, String signature) throws RejectedInput {
    if (signedTrailer) {
      check(StringToSign.forTrailer(amzDate, scope, previous, canonicalTrailers), signature);
    }
  }

  private void check(String stringToSign, String provided) throws RejectedInput {
    var expected = Hex.encode(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    if (provided == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            provided.getBytes(StandardCharsets.US_ASCII))) {
      throw new RejectedInput(
          errors.signatureMismatch(
              new SignatureMismatch(accessKeyId, null, stringToSign, provided)));
    }
    previous = expected;
  }
}
