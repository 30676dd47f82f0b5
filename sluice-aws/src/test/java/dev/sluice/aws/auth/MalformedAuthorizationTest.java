package dev.sluice.aws.auth;

import static dev.sluice.aws.auth.TestRequests.accepted;
import static dev.sluice.aws.auth.TestRequests.at;
import static dev.sluice.aws.auth.TestRequests.refused;
import static dev.sluice.aws.auth.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Authorization headers and presigned queries that cannot be read are refused in both modes. */
class MalformedAuthorizationTest {
  private static final String SIGNATURE =
      "Signature=1111111111111111111111111111111111111111111111111111111111111111";
  private static final String CREDENTIAL =
      "Credential=AKIASLUICETEST000001/20250314/eu-west-1/s3/aws4_request";

  @ParameterizedTest
  @EnumSource(AuthMode.class)
  void refusesAHeaderWithoutItsSignature(AuthMode mode) {
    var header = "AWS4-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=host;x-amz-date";

    var s3 = refused(authenticator(mode).authenticate(withAuthorization(header), "s3"));
    var json = refused(authenticator(mode).authenticate(withAuthorization(header), "lambda"));

    assertThat(s3.code()).isEqualTo("AuthorizationHeaderMalformed");
    assertThat(s3.status()).isEqualTo(400);
    assertThat(json.code()).isEqualTo("IncompleteSignatureException");
    assertThat(json.status()).isEqualTo(400);
    assertThat(json.message())
        .isEqualTo("Authorization header requires 'Signature' parameter. Authorization=" + header);
  }

  @ParameterizedTest
  @EnumSource(AuthMode.class)
  void refusesACredentialWithoutItsTerminator(AuthMode mode) {
    var header =
        "AWS4-HMAC-SHA256 Credential=AKIASLUICETEST000001/20250314/eu-west-1/s3/aws5_request,"
            + " SignedHeaders=host;x-amz-date, "
            + SIGNATURE;

    var s3 = refused(authenticator(mode).authenticate(withAuthorization(header), "s3"));
    var query = refused(authenticator(mode).authenticate(withAuthorization(header), "sns"));

    assertThat(s3.code()).isEqualTo("AuthorizationHeaderMalformed");
    assertThat(s3.message())
        .isEqualTo(
            "The authorization header is malformed; the Credential is mal-formed; expecting"
                + " \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".");
    assertThat(query.code()).isEqualTo("IncompleteSignature");
    assertThat(query.message())
        .isEqualTo(
            "Credential should be scoped with a valid terminator: 'aws4_request', not"
                + " 'aws5_request'. ");
  }

  @Test
  void refusesAnAuthorizationSchemeS3DoesNotKnow() {
    var failure =
        refused(
            authenticator(AuthMode.ACCEPT_ANY).authenticate(withAuthorization("Bearer x"), "s3"));

    assertThat(failure.code()).isEqualTo("InvalidArgument");
    assertThat(failure.message()).isEqualTo("Unsupported Authorization Type");
    assertThat(failure.details())
        .containsEntry("ArgumentName", "Authorization")
        .containsEntry("ArgumentValue", "Bearer x");
  }

  @Test
  void readsTheAccessKeyOfASigV2SignatureButVerifiesNone() {
    var request = withAuthorization("AWS AKIASIGV2KEY:c2lnbmF0dXJl");

    var identity = accepted(authenticator(AuthMode.ACCEPT_ANY).authenticate(request, "s3"));
    var strict = refused(authenticator(AuthMode.STRICT).authenticate(request, "s3"));

    assertThat(identity.identity().accessKeyId()).isEqualTo("AKIASIGV2KEY");
    assertThat(identity.identity().service()).isEqualTo("s3");
    assertThat(strict.code()).isEqualTo("InvalidRequest");
    assertThat(strict.message())
        .isEqualTo(
            "The authorization mechanism you have provided is not supported. Please use"
                + " AWS4-HMAC-SHA256.");
  }

  @Test
  void refusesAnS3RequestSignedBothInTheHeaderAndInTheQuery() {
    var request =
        request(
            "GET",
            "/b/k?X-Amz-Algorithm=AWS4-HMAC-SHA256",
            new byte[0],
            "Host",
            "localhost",
            "Authorization",
            "AWS4-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=host, " + SIGNATURE);

    var failure = refused(authenticator(AuthMode.ACCEPT_ANY).authenticate(request, "s3"));

    assertThat(failure.code()).isEqualTo("InvalidArgument");
    assertThat(failure.message())
        .startsWith("Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter");
  }

  @Test
  void refusesAPresignedQueryWithoutItsExpiry() {
    var failure =
        refused(
            authenticator(AuthMode.ACCEPT_ANY)
                .authenticate(presigned("X-Amz-SignedHeaders=host"), "s3"));

    assertThat(failure.code()).isEqualTo("AuthorizationQueryParametersError");
    assertThat(failure.message())
        .isEqualTo(
            "Query-string authentication version 4 requires the X-Amz-Algorithm,"
                + " X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and"
                + " X-Amz-Expires parameters.");
  }

  @Test
  void refusesAPresignedExpiryThatIsNotANonNegativeNumber() {
    var authenticator = authenticator(AuthMode.ACCEPT_ANY);

    var text =
        refused(
            authenticator.authenticate(
                presigned("X-Amz-SignedHeaders=host&X-Amz-Expires=ten"), "s3"));
    var negative =
        refused(
            authenticator.authenticate(
                presigned("X-Amz-SignedHeaders=host&X-Amz-Expires=-1"), "s3"));

    assertThat(text.message()).isEqualTo("X-Amz-Expires should be a number");
    assertThat(negative.message()).isEqualTo("X-Amz-Expires must be non-negative");
  }

  @Test
  void refusesAPresignedCredentialThatIsNotOne() {
    var request =
        request(
            "GET",
            "/b/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20250314"
                + "&X-Amz-Date=20250314T092653Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=00",
            new byte[0],
            "Host",
            "localhost");

    var failure = refused(authenticator(AuthMode.ACCEPT_ANY).authenticate(request, "s3"));

    assertThat(failure.code()).isEqualTo("AuthorizationQueryParametersError");
    assertThat(failure.message())
        .isEqualTo(
            "Error parsing the X-Amz-Credential parameter; the Credential is mal-formed;"
                + " expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".");
  }

  private static SigV4Authenticator authenticator(AuthMode mode) {
    return new SigV4Authenticator(
        SdkSigning.strictSettings().withMode(mode).withClock(at("2025-03-14T09:27:00Z")));
  }

  private static HttpRequest withAuthorization(String authorization) {
    return request(
        "GET",
        "/bucket/key",
        new byte[0],
        "Host",
        "localhost",
        "x-amz-date",
        "20250314T092653Z",
        "x-amz-content-sha256",
        "UNSIGNED-PAYLOAD",
        "Authorization",
        authorization);
  }

  private static HttpRequest presigned(String extra) {
    return request(
        "GET",
        "/b/k?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKIASLUICETEST000001%2F20250314%2Feu-west-1%2Fs3%2Faws4_request"
            + "&X-Amz-Date=20250314T092653Z&"
            + extra
            + "&X-Amz-Signature=00",
        new byte[0],
        "Host",
        "localhost");
  }
}
