package dev.sluice.aws.auth;

import static dev.sluice.aws.auth.SdkSigning.received;
import static dev.sluice.aws.auth.SdkSigning.sdkRequest;
import static dev.sluice.aws.auth.SdkSigning.sign;
import static dev.sluice.aws.auth.SdkSigning.signS3;
import static dev.sluice.aws.auth.TestRequests.accepted;
import static dev.sluice.aws.auth.TestRequests.at;
import static dev.sluice.aws.auth.TestRequests.refused;
import static dev.sluice.aws.auth.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.http.SdkHttpMethod;

/** A request signed more than 15 minutes from the server's time is refused. */
class StrictTimeChecksTest {

  @ParameterizedTest
  @ValueSource(strings = {"2025-03-14T09:41:53Z", "2025-03-14T09:11:53Z"})
  void acceptsARequestSignedUpToFifteenMinutesAwayFromNow(String now) {
    accepted(authenticatorAt(now).authenticate(s3Get(), "s3"));
  }

  @Test
  void refusesAnS3RequestSignedSixteenMinutesAgoWithS3sFields() {
    var failure = refused(authenticatorAt("2025-03-14T09:42:54Z").authenticate(s3Get(), "s3"));

    assertThat(failure.code()).isEqualTo("RequestTimeTooSkewed");
    assertThat(failure.status()).isEqualTo(403);
    assertThat(failure.message())
        .isEqualTo("The difference between the request time and the current time is too large.");
    assertThat(failure.details())
        .containsEntry("RequestTime", "20250314T092653Z")
        .containsEntry("ServerTime", "2025-03-14T09:42:54Z")
        .containsEntry("MaxAllowedSkewMilliseconds", "900000");
  }

  @Test
  void refusesAnExpiredSignatureToAJsonServiceWithAwssWording() {
    var failure =
        refused(authenticatorAt("2025-03-14T09:41:54Z").authenticate(lambdaCall(), "lambda"));

    assertThat(failure.code()).isEqualTo("InvalidSignatureException");
    assertThat(failure.status()).isEqualTo(403);
    assertThat(failure.message())
        .isEqualTo(
            "Signature expired: 20250314T092653Z is now earlier than 20250314T092654Z"
                + " (20250314T094154Z - 15 min.)");
  }

  @Test
  void refusesASignatureFromTheFutureToAJsonService() {
    var failure =
        refused(authenticatorAt("2025-03-14T09:10:53Z").authenticate(lambdaCall(), "lambda"));

    assertThat(failure.code()).isEqualTo("InvalidSignatureException");
    assertThat(failure.message())
        .isEqualTo(
            "Signature not yet current: 20250314T092653Z is still later than 20250314T092553Z"
                + " (20250314T091053Z + 15 min.)");
  }

  @Test
  void refusesARequestWithoutAnyDate() {
    var s3 = s3Get();
    s3.headers().remove("x-amz-date");
    var lambda = lambdaCall();
    lambda.headers().remove("x-amz-date");

    var s3Failure = refused(authenticatorAt("2025-03-14T09:27:00Z").authenticate(s3, "s3"));
    var lambdaFailure =
        refused(authenticatorAt("2025-03-14T09:27:00Z").authenticate(lambda, "lambda"));

    assertThat(s3Failure.code()).isEqualTo("AccessDenied");
    assertThat(s3Failure.message())
        .isEqualTo("AWS authentication requires a valid Date or x-amz-date header");
    assertThat(lambdaFailure.code()).isEqualTo("IncompleteSignatureException");
    assertThat(lambdaFailure.status()).isEqualTo(400);
    assertThat(lambdaFailure.message())
        .startsWith(
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date'"
                + " header. Authorization=AWS4-HMAC-SHA256 Credential=");
  }

  @Test
  void refusesACredentialScopedToAnotherDayThanTheRequest() {
    var request =
        request(
            "GET",
            "/bucket/key",
            new byte[0],
            "Host",
            "localhost",
            "x-amz-date",
            "20250315T000100Z",
            "x-amz-content-sha256",
            "UNSIGNED-PAYLOAD",
            "Authorization",
            "AWS4-HMAC-SHA256 Credential="
                + SdkSigning.ACCESS_KEY
                + "/20250314/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-date,"
                + " Signature=0000000000000000000000000000000000000000000000000000000000000000");

    var failure = refused(authenticatorAt("2025-03-15T00:02:00Z").authenticate(request, "s3"));

    assertThat(failure.code()).isEqualTo("AuthorizationHeaderMalformed");
    assertThat(failure.message())
        .isEqualTo(
            "The authorization header is malformed; Invalid credential date. Date is not the"
                + " same as X-Amz-Date.");
  }

  private static SigV4Authenticator authenticatorAt(String instant) {
    return new SigV4Authenticator(SdkSigning.strictSettings().withClock(at(instant)));
  }

  private static HttpRequest s3Get() {
    return received(
        signS3(
            sdkRequest(SdkHttpMethod.GET, "http://localhost:4566/bucket/key").build(),
            new byte[0],
            options -> {}));
  }

  private static HttpRequest lambdaCall() {
    return received(
        sign(
            sdkRequest(SdkHttpMethod.GET, "http://localhost:4566/2015-03-31/functions/").build(),
            new byte[0],
            "lambda",
            SdkSigning.SECRET,
            options -> {}));
  }
}
