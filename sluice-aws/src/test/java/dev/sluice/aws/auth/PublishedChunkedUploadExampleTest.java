package dev.sluice.aws.auth;

import static dev.sluice.aws.auth.TestRequests.EXAMPLE;
import static dev.sluice.aws.auth.TestRequests.accepted;
import static dev.sluice.aws.auth.TestRequests.at;
import static dev.sluice.aws.auth.TestRequests.payload;
import static dev.sluice.aws.auth.TestRequests.payloadFailure;
import static dev.sluice.aws.auth.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The S3 API reference's chunked upload ("Transferring Payload in Multiple Chunks"): 66560 bytes of
 * {@code a} in chunks of 65536, 1024 and 0 bytes, with the published seed and chunk signatures.
 */
class PublishedChunkedUploadExampleTest {
  private static final String SEED =
      "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9";
  private static final String FIRST =
      "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648";
  private static final String SECOND =
      "0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497";
  private static final String LAST =
      "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9";

  private final SigV4Authenticator authenticator =
      new SigV4Authenticator(AuthSettings.strict(EXAMPLE).withClock(at("2013-05-24T00:05:00Z")));

  @Test
  void decodesTheExampleAndVerifiesEveryChunkSignature() {
    var body = body(FIRST, SECOND, LAST);
    assertThat(body).hasSize(66824);

    var authenticated = accepted(authenticator.authenticate(upload(body), "s3"));

    var expected = new byte[66560];
    Arrays.fill(expected, (byte) 'a');
    assertThat(authenticated.payloadLength()).isEqualTo(66560);
    assertThat(payload(authenticated)).isEqualTo(expected);
  }

  @Test
  void rejectsAChangedByteInTheSecondChunk() {
    var body = body(FIRST, SECOND, LAST);
    body[65626 + 86 + 10] = 'b';

    var authenticated = accepted(authenticator.authenticate(upload(body), "s3"));
    var failure = payloadFailure(authenticated);

    assertThat(failure.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(failure.status()).isEqualTo(403);
    assertThat(failure.details())
        .containsEntry("SignatureProvided", SECOND)
        .containsEntry("AWSAccessKeyId", "AKIAIOSFODNN7EXAMPLE");
    assertThat(failure.details().get("StringToSign"))
        .startsWith(
            "AWS4-HMAC-SHA256-PAYLOAD\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n")
        .contains(FIRST);
  }

  @Test
  void rejectsChunksWhoseSignaturesAreSwapped() {
    var authenticated =
        accepted(authenticator.authenticate(upload(body(SECOND, FIRST, LAST)), "s3"));

    assertThat(payloadFailure(authenticated).code()).isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void rejectsAFinalChunkSignedWithAnotherSignature() {
    var authenticated =
        accepted(authenticator.authenticate(upload(body(FIRST, SECOND, SECOND)), "s3"));

    assertThat(payloadFailure(authenticated).code()).isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void rejectsABodyCutOffInItsSecondChunk() {
    var body = Arrays.copyOf(body(FIRST, SECOND, LAST), 66000);

    var authenticated = accepted(authenticator.authenticate(upload(body), "s3"));
    var failure = payloadFailure(authenticated);

    assertThat(failure.code()).isEqualTo("IncompleteBody");
    assertThat(failure.status()).isEqualTo(400);
  }

  @Test
  void rejectsTheSeedSignatureForAnotherDecodedLength() {
    var request = upload(body(FIRST, SECOND, LAST));
    request.headers().set("x-amz-decoded-content-length", "66561");

    var result = authenticator.authenticate(request, "s3");

    assertThat(result.failure().code()).isEqualTo("SignatureDoesNotMatch");
  }

  static HttpRequest upload(byte[] body) {
    return request(
        "PUT",
        "/examplebucket/chunkObject.txt",
        body,
        "Host",
        "s3.amazonaws.com",
        "x-amz-date",
        "20130524T000000Z",
        "x-amz-storage-class",
        "REDUCED_REDUNDANCY",
        "Authorization",
        "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
            + "SignedHeaders=content-encoding;content-length;host;x-amz-content-sha256;x-amz-date;"
            + "x-amz-decoded-content-length;x-amz-storage-class,Signature="
            + SEED,
        "x-amz-content-sha256",
        "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
        "Content-Encoding",
        "aws-chunked",
        "x-amz-decoded-content-length",
        "66560",
        "Content-Length",
        "66824");
  }

  static byte[] body(String first, String second, String last) {
    var body = new ByteArrayOutputStream();
    chunk(body, 65536, first);
    chunk(body, 1024, second);
    body.writeBytes(("0;chunk-signature=" + last + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    return body.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream body, int size, String signature) {
    var header = Integer.toHexString(size) + ";chunk-signature=" + signature + "\r\n";
    body.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
    var data = new byte[size];
    Arrays.fill(data, (byte) 'a');
    body.writeBytes(data);
    body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
  }
}
