package dev.sluice.aws.auth;

import static dev.sluice.aws.auth.SdkSigning.received;
import static dev.sluice.aws.auth.SdkSigning.sdkRequest;
import static dev.sluice.aws.auth.SdkSigning.signS3;
import static dev.sluice.aws.auth.TestRequests.accepted;
import static dev.sluice.aws.auth.TestRequests.at;
import static dev.sluice.aws.auth.TestRequests.payload;
import static dev.sluice.aws.auth.TestRequests.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/** URLs presigned by the AWS SDK for Java v2 pass strict mode until they expire. */
class SdkPresignedRequestsTest {

  @Test
  void acceptsAPresignedGetUntilItExpires() {
    var request = presign(sdkRequest(SdkHttpMethod.GET, "https://localhost:4566/bucket/photo.jpg"));
    assertThat(request.request().rawQueryParameters()).containsKey("X-Amz-Signature");

    var atExpiry = authenticatorAt("2025-03-14T09:36:53Z").authenticate(received(request), "s3");

    assertThat(accepted(atExpiry).identity().accessKeyId()).isEqualTo(SdkSigning.ACCESS_KEY);
  }

  @Test
  void refusesAPresignedGetASecondAfterItExpired() {
    var request = presign(sdkRequest(SdkHttpMethod.GET, "http://localhost:4566/bucket/photo.jpg"));

    var failure =
        refused(authenticatorAt("2025-03-14T09:36:54Z").authenticate(received(request), "s3"));

    assertThat(failure.code()).isEqualTo("AccessDenied");
    assertThat(failure.message()).isEqualTo("Request has expired");
    assertThat(failure.details())
        .containsEntry("X-Amz-Expires", "600")
        .containsEntry("Expires", "2025-03-14T09:36:53Z")
        .containsEntry("ServerTime", "2025-03-14T09:36:54Z");
  }

  @Test
  void acceptsAPresignedPutForAPlainHttpEndpointAndGivesItsBodyAsThePayload() {
    var body = "uploaded through a presigned URL".getBytes(StandardCharsets.UTF_8);
    var request =
        presign(
            sdkRequest(SdkHttpMethod.PUT, "http://localhost:4566/bucket/upload.txt")
                .putRawQueryParameter("x-id", "PutObject")
                .putHeader("Content-Type", "text/plain"));

    var authenticated =
        accepted(
            authenticatorAt("2025-03-14T09:30:00Z").authenticate(received(request, body), "s3"));

    assertThat(payload(authenticated)).isEqualTo(body);
  }

  @Test
  void refusesAPresignedUrlWhoseKeyWasChanged() {
    var request = received(presign(sdkRequest(SdkHttpMethod.GET, "http://localhost:4566/b/one")));
    var changed =
        new HttpRequest(
            request.method(),
            "/b/two",
            request.rawQuery(),
            request.host(),
            request.headers(),
            request.body(),
            request.contentLength(),
            request.remoteAddress());

    var failure = refused(authenticatorAt("2025-03-14T09:27:00Z").authenticate(changed, "s3"));

    assertThat(failure.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(failure.details().get("CanonicalRequest")).startsWith("GET\n/b/two\n");
    assertThat(failure.details().get("CanonicalRequest")).doesNotContain("X-Amz-Signature");
  }

  @Test
  void refusesAPresignedUrlValidForLongerThanAWeek() {
    var request = received(presign(sdkRequest(SdkHttpMethod.GET, "http://localhost:4566/b/k")));
    var week =
        new HttpRequest(
            request.method(),
            request.rawPath(),
            request.rawQuery().replace("X-Amz-Expires=600", "X-Amz-Expires=604801"),
            request.host(),
            request.headers(),
            request.body(),
            request.contentLength(),
            request.remoteAddress());

    var failure = refused(authenticatorAt("2025-03-14T09:27:00Z").authenticate(week, "s3"));

    assertThat(failure.code()).isEqualTo("AuthorizationQueryParametersError");
    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.message())
        .isEqualTo("X-Amz-Expires must be less than a week (in seconds) that is 604800");
  }

  private static SignedRequest presign(SdkHttpRequest.Builder request) {
    return signS3(
        request.build(),
        new byte[0],
        options ->
            options
                .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
                .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, Duration.ofMinutes(10))
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false));
  }

  private static SigV4Authenticator authenticatorAt(String instant) {
    return new SigV4Authenticator(SdkSigning.strictSettings().withClock(at(instant)));
  }
}
