package dev.sluice.aws.auth;

import static dev.sluice.aws.auth.SdkSigning.bytes;
import static dev.sluice.aws.auth.SdkSigning.received;
import static dev.sluice.aws.auth.SdkSigning.sdkRequest;
import static dev.sluice.aws.auth.SdkSigning.signS3;
import static dev.sluice.aws.auth.TestRequests.accepted;
import static dev.sluice.aws.auth.TestRequests.payload;
import static dev.sluice.aws.auth.TestRequests.payloadFailure;
import static dev.sluice.aws.auth.TestRequests.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * aws-chunked bodies made by the AWS SDK for Java v2's signer (signed chunks with a signed CRC32
 * trailer, as its S3 client sends over HTTP; unsigned chunks with a trailer, as over HTTPS) decode
 * and verify in strict mode, and any change to them is caught.
 */
class SdkChunkedUploadTest {
  private static final int SIZE = 300 * 1024 + 17;

  private final SigV4Authenticator authenticator =
      new SigV4Authenticator(SdkSigning.strictSettings());
  private final byte[] object = randomBytes(SIZE);

  @Test
  void decodesSignedChunksAndFillsTheSignedTrailerAtTheEnd() {
    var signed = upload(true, true);
    assertThat(signed.request().firstMatchingHeader("x-amz-content-sha256"))
        .contains("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER");

    var authenticated = accepted(authenticator.authenticate(received(signed), "s3"));
    assertThat(authenticated.trailers().names()).isEmpty();

    assertThat(payload(authenticated)).isEqualTo(object);
    assertThat(authenticated.payloadLength()).isEqualTo(SIZE);
    assertThat(authenticated.trailers().first("x-amz-checksum-crc32")).isEqualTo(crc32(object));
    assertThat(authenticated.trailers().has("x-amz-trailer-signature")).isFalse();
  }

  @Test
  void decodesSignedChunksWithoutATrailer() {
    var signed = upload(true, false);
    assertThat(signed.request().firstMatchingHeader("x-amz-content-sha256"))
        .contains("STREAMING-AWS4-HMAC-SHA256-PAYLOAD");

    var authenticated = accepted(authenticator.authenticate(received(signed), "s3"));

    assertThat(payload(authenticated)).isEqualTo(object);
    assertThat(authenticated.trailers().names()).isEmpty();
  }

  @Test
  void decodesUnsignedChunksWithATrailer() {
    var signed = upload(false, true);
    assertThat(signed.request().firstMatchingHeader("x-amz-content-sha256"))
        .contains("STREAMING-UNSIGNED-PAYLOAD-TRAILER");

    var authenticated = accepted(authenticator.authenticate(received(signed), "s3"));

    assertThat(payload(authenticated)).isEqualTo(object);
    assertThat(authenticated.trailers().first("x-amz-checksum-crc32")).isEqualTo(crc32(object));
  }

  @Test
  void rejectsAChangedDataByteWhenItsChunkEnds() {
    var signed = upload(true, true);
    var body = bytes(signed);
    body[body.length / 2] ^= 1;

    var authenticated = accepted(authenticator.authenticate(received(signed, body), "s3"));
    var failure = payloadFailure(authenticated);

    assertThat(failure.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(failure.details().get("StringToSign")).startsWith("AWS4-HMAC-SHA256-PAYLOAD\n");
    assertThat(authenticated.trailers().names()).isEmpty();
  }

  @Test
  void rejectsAChangedTrailer() {
    var signed = upload(true, true);
    var text = new String(bytes(signed), StandardCharsets.ISO_8859_1);
    var checksum = crc32(object);
    var other = crc32(new byte[] {1});
    var body = text.replace(checksum, other).getBytes(StandardCharsets.ISO_8859_1);

    var authenticated = accepted(authenticator.authenticate(received(signed, body), "s3"));
    var failure = payloadFailure(authenticated);

    assertThat(failure.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(failure.details().get("StringToSign")).startsWith("AWS4-HMAC-SHA256-TRAILER\n");
    assertThat(authenticated.trailers().names()).isEmpty();
  }

  @Test
  void rejectsADroppedTrailerSignature() {
    var signed = upload(true, true);
    var text = new String(bytes(signed), StandardCharsets.ISO_8859_1);
    var body =
        text.replaceFirst("x-amz-trailer-signature:[0-9a-f]{64}\r\n", "")
            .getBytes(StandardCharsets.ISO_8859_1);

    var authenticated = accepted(authenticator.authenticate(received(signed, body), "s3"));

    assertThat(payloadFailure(authenticated).code()).isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void refusesTheSeedSignatureOfAnotherSecret() {
    var request =
        sdkRequest(SdkHttpMethod.PUT, "http://localhost:4566/bucket/big.bin")
            .putHeader("Content-Length", Integer.toString(SIZE))
            .build();
    var signed =
        SdkSigning.sign(
            request,
            object,
            "s3",
            "a-different-secret",
            options ->
                options
                    .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                    .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
                    .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, true));

    var failure = refused(authenticator.authenticate(received(signed), "s3"));

    assertThat(failure.code()).isEqualTo("SignatureDoesNotMatch");
  }

  /** Over HTTPS, as the SDK signs chunks over plain HTTP whatever it is told. */
  private SignedRequest upload(boolean signedPayload, boolean trailer) {
    var request =
        sdkRequest(SdkHttpMethod.PUT, "https://localhost:4566/bucket/big.bin")
            .putHeader("Content-Length", Integer.toString(SIZE))
            .putHeader("Content-Type", "application/octet-stream")
            .build();
    return signS3(
        request,
        object,
        options -> {
          options
              .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, true)
              .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, signedPayload);
          if (trailer) {
            options.putProperty(AwsV4HttpSigner.CHECKSUM_ALGORITHM, DefaultChecksumAlgorithm.CRC32);
          }
        });
  }

  private static byte[] randomBytes(int size) {
    var bytes = new byte[size];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  private static String crc32(byte[] bytes) {
    var crc = new CRC32();
    crc.update(bytes);
    return Base64.getEncoder()
        .encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
