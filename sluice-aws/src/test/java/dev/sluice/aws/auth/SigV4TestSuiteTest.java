package dev.sluice.aws.auth;

import static dev.sluice.aws.auth.TestRequests.accepted;
import static dev.sluice.aws.auth.TestRequests.at;
import static dev.sluice.aws.auth.TestRequests.payload;
import static dev.sluice.aws.auth.TestRequests.refused;
import static dev.sluice.aws.auth.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cases of AWS's SigV4 test suite (service {@code service}, key {@code AKIDEXAMPLE}, 2015-08-30
 * 12:36:00Z) with their published signatures: the path and query rules of services other than S3.
 */
class SigV4TestSuiteTest {
  private static final Credential SUITE =
      new Credential("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "123456789012");
  private static final String VANILLA =
      "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";

  private final SigV4Authenticator authenticator =
      new SigV4Authenticator(AuthSettings.strict(SUITE).withClock(at("2015-08-30T12:40:00Z")));

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "get-vanilla, GET, /, 5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
    "post-vanilla, POST, /, 5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b",
    "get-vanilla-query-order-key-case, GET, /?Param2=value2&Param1=value1,"
        + " b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500",
    "get-utf8, GET, /ሴ, 8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85",
    "get-unreserved, GET, /-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz,"
        + " 07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f",
    "get-vanilla-utf8-query, GET, /?%E1%88%B4=bar,"
        + " 2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04",
  })
  void verifiesThePublishedSignature(String name, String method, String target, String signature) {
    var result = authenticator.authenticate(signed(method, target, signature), "service");

    assertThat(accepted(result).identity().service()).isEqualTo("service");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/example1/example2/../..", "/./", "/example/.."})
  void normalizesRelativePathSegmentsBeforeSigning(String path) {
    accepted(authenticator.authenticate(signed("GET", path, VANILLA), "service"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/example1/example2/../..", "/./"})
  void keepsRelativePathSegmentsForS3(String path) {
    var request =
        request(
            "GET",
            path,
            new byte[0],
            "Host",
            "example.amazonaws.com",
            "X-Amz-Date",
            "20150830T123600Z",
            "x-amz-content-sha256",
            "UNSIGNED-PAYLOAD",
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/s3/aws4_request,"
                + " SignedHeaders=host;x-amz-date, Signature="
                + VANILLA);

    assertThat(refused(authenticator.authenticate(request, "s3")).code())
        .isEqualTo("SignatureDoesNotMatch");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/?Param1=value1&Param2=value3", "/?Param1=value1", "/"})
  void refusesAQueryOtherThanTheOneSigned(String target) {
    var result =
        authenticator.authenticate(
            signed(
                "GET", target, "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
            "service");

    assertThat(refused(result).code()).isEqualTo("InvalidSignatureException");
  }

  @Test
  void verifiesTheSignedHeaderKeySortCase() {
    var request =
        request(
            "POST",
            "/",
            new byte[0],
            "Host",
            "example.amazonaws.com",
            "My-Header1",
            "value1",
            "X-Amz-Date",
            "20150830T123600Z",
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
                + " SignedHeaders=host;my-header1;x-amz-date,"
                + " Signature=c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c");

    accepted(authenticator.authenticate(request, "service"));
  }

  @Test
  void verifiesTheIamListUsersExampleOfTheSigningGuide() {
    var request =
        request(
            "GET",
            "/?Action=ListUsers&Version=2010-05-08",
            new byte[0],
            "Host",
            "iam.amazonaws.com",
            "Content-Type",
            "application/x-www-form-urlencoded; charset=utf-8",
            "X-Amz-Date",
            "20150830T123600Z",
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request,"
                + " SignedHeaders=content-type;host;x-amz-date,"
                + " Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");

    accepted(authenticator.authenticate(request, "iam"));
  }

  @Test
  void givesTheBufferedBodyBackAsThePayload() {
    var body = "Param1=value1".getBytes(StandardCharsets.UTF_8);
    var request =
        request(
            "POST",
            "/",
            body,
            "Host",
            "example.amazonaws.com",
            "Content-Type",
            "application/x-www-form-urlencoded",
            "X-Amz-Date",
            "20150830T123600Z",
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
                + " SignedHeaders=content-type;host;x-amz-date,"
                + " Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a");

    var authenticated = accepted(authenticator.authenticate(request, "service"));

    assertThat(payload(authenticated)).isEqualTo(body);
    assertThat(authenticated.payloadLength()).isEqualTo(body.length);
  }

  /** A suite request: the host and date headers only, with the given signature. */
  private static HttpRequest signed(String method, String target, String signature) {
    return request(
        method,
        target,
        new byte[0],
        "Host",
        "example.amazonaws.com",
        "X-Amz-Date",
        "20150830T123600Z",
        "Authorization",
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
            + " SignedHeaders=host;x-amz-date, Signature="
            + signature);
  }
}
