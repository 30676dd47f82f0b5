package dev.sluice.aws.auth;

import static dev.sluice.aws.auth.SdkSigning.received;
import static dev.sluice.aws.auth.SdkSigning.sdkRequest;
import static dev.sluice.aws.auth.SdkSigning.sign;
import static dev.sluice.aws.auth.SdkSigning.signS3;
import static dev.sluice.aws.auth.TestRequests.EXAMPLE;
import static dev.sluice.aws.auth.TestRequests.accepted;
import static dev.sluice.aws.auth.TestRequests.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpMethod;

/** Signatures that do not hold are refused with the code and fields each service sends. */
class StrictSignatureFailuresTest {
  private static final byte[] JSON = "{\"FunctionName\":\"f\"}".getBytes(StandardCharsets.UTF_8);

  private final SigV4Authenticator authenticator =
      new SigV4Authenticator(SdkSigning.strictSettings());

  @Test
  void refusesAChangedSignedHeaderWithS3sDiagnosticFields() {
    var request = s3Put();
    request.headers().set("x-amz-meta-colour", "blue");

    var failure = refused(authenticator.authenticate(request, "s3"));

    assertThat(failure.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(failure.status()).isEqualTo(403);
    assertThat(failure.message())
        .isEqualTo(
            "The request signature we calculated does not match the signature you provided."
                + " Check your key and signing method.");
    assertThat(failure.details())
        .containsEntry("AWSAccessKeyId", SdkSigning.ACCESS_KEY)
        .containsEntry("SignatureProvided", signatureOf(request))
        .containsKeys("StringToSign", "StringToSignBytes", "CanonicalRequestBytes");
    assertThat(failure.details().get("CanonicalRequest"))
        .startsWith("PUT\n/bucket/key\n\n")
        .contains("x-amz-meta-colour:blue\n");
    assertThat(failure.details().get("StringToSign"))
        .startsWith("AWS4-HMAC-SHA256\n20250314T092653Z\n20250314/eu-west-1/s3/aws4_request\n");
  }

  @Test
  void acceptsHeadersAddedAfterSigningThatWereNotSigned() {
    var request = s3Put();
    request.headers().add("X-Forwarded-For", "10.0.0.1").add("User-Agent", "proxy");

    accepted(authenticator.authenticate(request, "s3"));
  }

  @Test
  void refusesAnS3RequestSignedWithAnotherSecret() {
    var signed =
        sign(
            sdkRequest(SdkHttpMethod.GET, "http://localhost:4566/bucket?list-type=2").build(),
            new byte[0],
            "s3",
            "not-the-secret",
            options -> {});

    assertThat(refused(authenticator.authenticate(received(signed), "s3")).code())
        .isEqualTo("SignatureDoesNotMatch");
  }

  @Test
  void refusesAChangedBodyOfAJsonServiceCallAsInvalidSignatureException() {
    var request = lambdaCall(SdkSigning.SECRET);
    var changed = withBody(request, "{\"FunctionName\":\"g\"}");

    var failure = refused(authenticator.authenticate(changed, "lambda"));

    assertThat(failure.code()).isEqualTo("InvalidSignatureException");
    assertThat(failure.status()).isEqualTo(403);
    assertThat(failure.message())
        .startsWith(
            "The request signature we calculated does not match the signature you provided."
                + " Check your AWS Secret Access Key and signing method. Consult the service"
                + " documentation for details.\n\nThe Canonical String for this request should"
                + " have been\n'POST\n/2015-03-31/functions/f/invocations\n")
        .contains("\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n");
  }

  @Test
  void refusesAQueryServiceCallSignedWithAnotherSecretAsSignatureDoesNotMatch() {
    var body = "Action=ListTopics&Version=2010-03-31".getBytes(StandardCharsets.UTF_8);
    var signed =
        sign(
            sdkRequest(SdkHttpMethod.POST, "http://localhost:4566/")
                .putHeader("Content-Type", "application/x-www-form-urlencoded")
                .build(),
            body,
            "sns",
            "not-the-secret",
            options -> {});

    var failure = refused(authenticator.authenticate(received(signed), "sns"));

    assertThat(failure.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(failure.status()).isEqualTo(403);
  }

  @Test
  void refusesAnUnknownAccessKeyAsS3Does() {
    var onlyTheExample =
        new SigV4Authenticator(
            SdkSigning.strictSettings().withCredentials(java.util.List.of(EXAMPLE)));

    var failure = refused(onlyTheExample.authenticate(s3Put(), "s3"));

    assertThat(failure.code()).isEqualTo("InvalidAccessKeyId");
    assertThat(failure.status()).isEqualTo(403);
    assertThat(failure.message())
        .isEqualTo("The AWS Access Key Id you provided does not exist in our records.");
    assertThat(failure.details()).containsEntry("AWSAccessKeyId", SdkSigning.ACCESS_KEY);
  }

  @Test
  void refusesAnUnknownAccessKeyAsJsonAndQueryServicesDo() {
    var onlyTheExample =
        new SigV4Authenticator(
            SdkSigning.strictSettings().withCredentials(java.util.List.of(EXAMPLE)));
    var body = "Action=ListTopics&Version=2010-03-31".getBytes(StandardCharsets.UTF_8);
    var snsCall =
        received(
            sign(
                sdkRequest(SdkHttpMethod.POST, "http://localhost:4566/").build(),
                body,
                "sns",
                SdkSigning.SECRET,
                options -> {}));

    var json = refused(onlyTheExample.authenticate(lambdaCall(SdkSigning.SECRET), "lambda"));
    var query = refused(onlyTheExample.authenticate(snsCall, "sns"));

    assertThat(json.code()).isEqualTo("UnrecognizedClientException");
    assertThat(query.code()).isEqualTo("InvalidClientTokenId");
    assertThat(json.status()).isEqualTo(403);
    assertThat(query.status()).isEqualTo(403);
    assertThat(json.message()).isEqualTo("The security token included in the request is invalid.");
    assertThat(query.message()).isEqualTo(json.message());
  }

  @Test
  void refusesASignatureScopedToAnotherService() {
    var signed =
        sign(
            sdkRequest(SdkHttpMethod.GET, "http://localhost:4566/bucket/key")
                .putHeader("x-amz-content-sha256", "UNSIGNED-PAYLOAD")
                .build(),
            new byte[0],
            "sqs",
            SdkSigning.SECRET,
            options -> {});

    var s3 = refused(authenticator.authenticate(received(signed), "s3"));
    var json = refused(authenticator.authenticate(received(signed), "states"));

    assertThat(s3.code()).isEqualTo("AuthorizationHeaderMalformed");
    assertThat(s3.status()).isEqualTo(400);
    assertThat(s3.message())
        .isEqualTo(
            "The authorization header is malformed; incorrect service \"sqs\". This endpoint"
                + " belongs to \"s3\".");
    assertThat(json.code()).isEqualTo("InvalidSignatureException");
    assertThat(json.message())
        .isEqualTo("Credential should be scoped to correct service: 'states'. ");
  }

  private static HttpRequest s3Put() {
    var body = "payload".getBytes(StandardCharsets.UTF_8);
    return received(
        signS3(
            sdkRequest(SdkHttpMethod.PUT, "http://localhost:4566/bucket/key")
                .putHeader("Content-Length", Integer.toString(body.length))
                .putHeader("x-amz-meta-colour", "red")
                .build(),
            body,
            options -> {}));
  }

  private static HttpRequest lambdaCall(String secret) {
    return received(
        sign(
            sdkRequest(
                    SdkHttpMethod.POST, "http://localhost:4566/2015-03-31/functions/f/invocations")
                .build(),
            JSON,
            "lambda",
            secret,
            options -> {}));
  }

  private static HttpRequest withBody(HttpRequest request, String body) {
    var bytes = body.getBytes(StandardCharsets.UTF_8);
    return new HttpRequest(
        request.method(),
        request.rawPath(),
        request.rawQuery(),
        request.host(),
        request.headers(),
        new ByteArrayInputStream(bytes),
        bytes.length,
        request.remoteAddress());
  }

  private static String signatureOf(HttpRequest request) {
    var authorization = request.headers().first("authorization");
    return authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
  }
}
