package dev.sluice.aws.auth;

import static dev.sluice.aws.auth.SdkSigning.received;
import static dev.sluice.aws.auth.SdkSigning.sdkRequest;
import static dev.sluice.aws.auth.SdkSigning.sign;
import static dev.sluice.aws.auth.SdkSigning.signS3;
import static dev.sluice.aws.auth.TestRequests.accepted;
import static dev.sluice.aws.auth.TestRequests.payload;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/** Requests signed in the Authorization header by the AWS SDK for Java v2 pass strict mode. */
class SdkHeaderSignedRequestsTest {
  private final SigV4Authenticator authenticator =
      new SigV4Authenticator(SdkSigning.strictSettings());

  @Test
  void acceptsAnS3PutWithASignedPayloadHash() {
    var body = "{\"hello\": \"sluice\"}".getBytes(StandardCharsets.UTF_8);
    var request =
        sdkRequest(SdkHttpMethod.PUT, "http://localhost:4566/bucket/dir/object.json")
            .putHeader("Content-Type", "application/json")
            .putHeader("Content-Length", Integer.toString(body.length))
            .build();

    var signed = signS3(request, body, options -> {});
    var authenticated = accepted(authenticator.authenticate(received(signed), "s3"));

    assertThat(signed.request().firstMatchingHeader("x-amz-content-sha256")).isPresent();
    assertThat(payload(authenticated)).isEqualTo(body);
    assertThat(authenticated.identity())
        .isEqualTo(
            new Identity(
                SdkSigning.ACCESS_KEY,
                SdkSigning.ACCOUNT,
                SdkSigning.REGION,
                "s3",
                "AWS:" + SdkSigning.ACCESS_KEY));
  }

  @Test
  void acceptsAnS3KeyAndQueryFullOfCharactersThatNeedEscaping() {
    var request =
        sdkRequest(
                SdkHttpMethod.GET,
                "http://localhost:4566/bucket/a%20b%2Bc/%C3%BCber%24%26%3D%40%3A%2C%3B%21%27%28%29"
                    + "%2A~.txt")
            .putRawQueryParameter("list-type", "2")
            .putRawQueryParameter("prefix", "a b+c/über")
            .putRawQueryParameter("delimiter", "/")
            .putRawQueryParameter("versions", (String) null)
            .build();

    var signed = signS3(request, new byte[0], options -> {});

    accepted(authenticator.authenticate(received(signed), "s3"));
  }

  @Test
  void acceptsAnS3RequestWhosePathHasEmptyAndDotSegments() {
    var request = sdkRequest(SdkHttpMethod.GET, "http://localhost:4566/bucket//a/./b/../c").build();

    var signed = signS3(request, new byte[0], options -> {});

    accepted(authenticator.authenticate(received(signed), "s3"));
  }

  @Test
  void acceptsAnUnsignedPayload() {
    var body = "not hashed".getBytes(StandardCharsets.UTF_8);
    var request =
        sdkRequest(SdkHttpMethod.PUT, "https://localhost:4566/bucket/key")
            .putHeader("Content-Length", Integer.toString(body.length))
            .build();

    var signed =
        signS3(
            request,
            body,
            options -> options.putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false));
    var authenticated = accepted(authenticator.authenticate(received(signed), "s3"));

    assertThat(signed.request().firstMatchingHeader("x-amz-content-sha256"))
        .contains("UNSIGNED-PAYLOAD");
    assertThat(payload(authenticated)).isEqualTo(body);
  }

  @Test
  void acceptsALambdaInvokeWhosePathIsEncodedTwice() {
    var body = "{\"key\":\"value\"}".getBytes(StandardCharsets.UTF_8);
    var request =
        sdkRequest(
                SdkHttpMethod.POST,
                "http://localhost:4566/2015-03-31/functions/"
                    + "arn%3Aaws%3Alambda%3Aeu-west-1%3A444455556666%3Afunction%3Amy-fn%3Aprod"
                    + "/invocations")
            .putRawQueryParameter("Qualifier", "$LATEST")
            .putHeader("X-Amz-Invocation-Type", "RequestResponse")
            .putHeader("Content-Type", "application/json")
            .build();

    var signed = sign(request, body, "lambda", SdkSigning.SECRET, options -> {});
    var authenticated = accepted(authenticator.authenticate(received(signed), "lambda"));

    assertThat(payload(authenticated)).isEqualTo(body);
    assertThat(authenticated.payloadLength()).isEqualTo(body.length);
    assertThat(authenticated.identity().service()).isEqualTo("lambda");
  }

  @Test
  void acceptsAStepFunctionsJsonCall() {
    var body = "{\"stateMachineArn\":\"arn:aws:states:eu-west-1:444455556666:stateMachine:x\"}";
    var request =
        sdkRequest(SdkHttpMethod.POST, "http://localhost:4566/")
            .putHeader("X-Amz-Target", "AWSStepFunctions.StartExecution")
            .putHeader("Content-Type", "application/x-amz-json-1.0")
            .build();

    var signed =
        sign(
            request,
            body.getBytes(StandardCharsets.UTF_8),
            "states",
            SdkSigning.SECRET,
            options -> {});

    assertThat(payload(accepted(authenticator.authenticate(received(signed), "states"))))
        .asString(StandardCharsets.UTF_8)
        .isEqualTo(body);
  }

  @Test
  void acceptsAnSnsQueryCall() {
    var body =
        "Action=Publish&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aeu-west-1%3A1%3At"
            + "&Message=hello%20world";
    var request =
        sdkRequest(SdkHttpMethod.POST, "http://localhost:4566/")
            .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .build();

    var signed =
        sign(
            request,
            body.getBytes(StandardCharsets.UTF_8),
            "sns",
            SdkSigning.SECRET,
            options -> {});

    accepted(authenticator.authenticate(received(signed), "sns"));
  }
}
