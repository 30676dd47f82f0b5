package dev.sluice.aws.auth;

import static dev.sluice.aws.auth.SdkSigning.received;
import static dev.sluice.aws.auth.SdkSigning.sdkRequest;
import static dev.sluice.aws.auth.SdkSigning.sign;
import static dev.sluice.aws.auth.SdkSigning.signS3;
import static dev.sluice.aws.auth.TestRequests.accepted;
import static dev.sluice.aws.auth.TestRequests.payloadFailure;
import static dev.sluice.aws.auth.TestRequests.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpMethod;

/** Bodies must match the hash and length the request declared. */
class PayloadIntegrityTest {
  private static final byte[] BODY = "the object's bytes".getBytes(StandardCharsets.UTF_8);

  private final SigV4Authenticator authenticator =
      new SigV4Authenticator(SdkSigning.strictSettings());

  @Test
  void rejectsAnS3BodyThatDoesNotHashToItsDeclaredSha256() {
    var signed = s3Put();
    var other = BODY.clone();
    other[0] = 'T';

    var authenticated =
        accepted(authenticator.authenticate(withBody(signed, other, other.length), "s3"));
    var failure = payloadFailure(authenticated);

    assertThat(failure.code()).isEqualTo("XAmzContentSHA256Mismatch");
    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.message())
        .isEqualTo("The provided 'x-amz-content-sha256' header does not match what was computed.");
    assertThat(failure.details())
        .containsEntry(
            "ClientComputedContentSHA256", signed.headers().first("x-amz-content-sha256"))
        .containsKey("S3ComputedContentSHA256");
  }

  @Test
  void rejectsAnS3BodyShorterThanItsContentLength() {
    var signed = s3Put();
    var shorter = Arrays.copyOf(BODY, 5);

    var authenticated =
        accepted(authenticator.authenticate(withBody(signed, shorter, BODY.length), "s3"));
    var failure = payloadFailure(authenticated);

    assertThat(failure.code()).isEqualTo("IncompleteBody");
    assertThat(failure.message())
        .isEqualTo(
            "You did not provide the number of bytes specified by the Content-Length HTTP header");
    assertThat(failure.details())
        .containsEntry("NumberBytesExpected", Integer.toString(BODY.length))
        .containsEntry("NumberBytesProvided", "5");
  }

  @Test
  void refusesAnS3RequestSignedWithoutAPayloadHashHeader() {
    var signed = s3Put();
    signed.headers().remove("x-amz-content-sha256");

    var failure = refused(authenticator.authenticate(signed, "s3"));

    assertThat(failure.code()).isEqualTo("InvalidRequest");
    assertThat(failure.message())
        .isEqualTo("Missing required header for this request: x-amz-content-sha256");
  }

  @Test
  void refusesAPayloadHashHeaderThatIsNeitherAHashNorAKnownMarker() {
    var signed = s3Put();
    signed.headers().set("x-amz-content-sha256", "SOMETHING-ELSE");

    var failure = refused(authenticator.authenticate(signed, "s3"));

    assertThat(failure.code()).isEqualTo("InvalidArgument");
    assertThat(failure.details()).containsEntry("ArgumentValue", "SOMETHING-ELSE");
  }

  @Test
  void refusesAJsonBodyShorterThanItsContentLength() {
    var call = lambdaCall();

    var failure =
        refused(authenticator.authenticate(withBody(call, Arrays.copyOf(BODY, 3), 20), "lambda"));

    assertThat(failure.code()).isEqualTo("IncompleteBody");
  }

  @Test
  void refusesAJsonBodyLargerThanTenMebibytesWithoutReadingIt() {
    var call = lambdaCall();
    var unread =
        new InputStream() {
          @Override
          public int read() {
            throw new AssertionError("the body was read");
          }
        };
    var huge =
        new HttpRequest(
            call.method(),
            call.rawPath(),
            call.rawQuery(),
            call.host(),
            call.headers(),
            unread,
            11L * 1024 * 1024,
            call.remoteAddress());

    var failure = refused(authenticator.authenticate(huge, "lambda"));

    assertThat(failure.status()).isEqualTo(413);
  }

  private static HttpRequest s3Put() {
    return received(
        signS3(
            sdkRequest(SdkHttpMethod.PUT, "http://localhost:4566/bucket/key")
                .putHeader("Content-Length", Integer.toString(BODY.length))
                .build(),
            BODY,
            options -> {}));
  }

  private static HttpRequest lambdaCall() {
    return received(
        sign(
            sdkRequest(
                    SdkHttpMethod.POST, "http://localhost:4566/2015-03-31/functions/f/invocations")
                .build(),
            BODY,
            "lambda",
            SdkSigning.SECRET,
            options -> {}));
  }

  private static HttpRequest withBody(HttpRequest request, byte[] body, long contentLength) {
    return new HttpRequest(
        request.method(),
        request.rawPath(),
        request.rawQuery(),
        request.host(),
        request.headers(),
        new ByteArrayInputStream(body),
        contentLength,
        request.remoteAddress());
  }
}
