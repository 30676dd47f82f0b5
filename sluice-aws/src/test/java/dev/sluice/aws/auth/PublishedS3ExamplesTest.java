package dev.sluice.aws.auth;

import static dev.sluice.aws.auth.TestRequests.EXAMPLE;
import static dev.sluice.aws.auth.TestRequests.accepted;
import static dev.sluice.aws.auth.TestRequests.at;
import static dev.sluice.aws.auth.TestRequests.payload;
import static dev.sluice.aws.auth.TestRequests.refused;
import static dev.sluice.aws.auth.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The signed requests of the S3 API reference ("Signature Calculations for the Authorization
 * Header: Transferring Payload in a Single Chunk" and "Authenticating Requests: Using Query
 * Parameters"), verified in strict mode with their published signatures.
 */
class PublishedS3ExamplesTest {
  private static final String CREDENTIAL =
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,";
  private static final String EMPTY_HASH =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  private static final String HOST = "examplebucket.s3.amazonaws.com";

  private final SigV4Authenticator authenticator =
      new SigV4Authenticator(AuthSettings.strict(EXAMPLE).withClock(at("2013-05-24T00:00:00Z")));

  @Test
  void verifiesTheGetObjectExample() {
    var request =
        request(
            "GET",
            "/test.txt",
            new byte[0],
            "Host",
            HOST,
            "Authorization",
            CREDENTIAL
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
            "Range",
            "bytes=0-9",
            "x-amz-content-sha256",
            EMPTY_HASH,
            "x-amz-date",
            "20130524T000000Z");

    var identity = accepted(authenticator.authenticate(request, "s3")).identity();

    assertThat(identity)
        .isEqualTo(
            new Identity(
                "AKIAIOSFODNN7EXAMPLE",
                "111122223333",
                "us-east-1",
                "s3",
                "AWS:AKIAIOSFODNN7EXAMPLE"));
  }

  @Test
  void verifiesThePutObjectExampleWhoseKeyHasADollarSentUnescaped() {
    var body = "Welcome to Amazon S3.".getBytes(StandardCharsets.UTF_8);
    var request =
        request(
            "PUT",
            "/test$file.text",
            body,
            "Host",
            HOST,
            "Date",
            "Fri, 24 May 2013 00:00:00 GMT",
            "Authorization",
            CREDENTIAL
                + "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,"
                + "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd",
            "x-amz-date",
            "20130524T000000Z",
            "x-amz-storage-class",
            "REDUCED_REDUNDANCY",
            "x-amz-content-sha256",
            "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");

    var authenticated = accepted(authenticator.authenticate(request, "s3"));

    assertThat(payload(authenticated)).isEqualTo(body);
    assertThat(authenticated.payloadLength()).isEqualTo(body.length);
  }

  @Test
  void verifiesTheGetBucketLifecycleExampleWithAValuelessParameter() {
    var request =
        request(
            "GET",
            "/?lifecycle",
            new byte[0],
            "Host",
            HOST,
            "Authorization",
            CREDENTIAL
                + "SignedHeaders=host;x-amz-content-sha256;x-amz-date,"
                + "Signature=fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543",
            "x-amz-content-sha256",
            EMPTY_HASH,
            "x-amz-date",
            "20130524T000000Z");

    accepted(authenticator.authenticate(request, "s3"));
  }

  @Test
  void verifiesTheListObjectsExample() {
    var request =
        request(
            "GET",
            "/?max-keys=2&prefix=J",
            new byte[0],
            "Host",
            HOST,
            "Authorization",
            CREDENTIAL
                + "SignedHeaders=host;x-amz-content-sha256;x-amz-date,"
                + "Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7",
            "x-amz-content-sha256",
            EMPTY_HASH,
            "x-amz-date",
            "20130524T000000Z");

    accepted(authenticator.authenticate(request, "s3"));
  }

  @Test
  void verifiesThePresignedGetObjectExampleWithinItsDay() {
    var target =
        "/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
            + "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
            + "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404";
    var request = request("GET", target, new byte[0], "Host", HOST);
    var late =
        new SigV4Authenticator(AuthSettings.strict(EXAMPLE).withClock(at("2013-05-24T23:59:00Z")));

    var identity = accepted(late.authenticate(request, "s3")).identity();

    assertThat(identity.accessKeyId()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
  }

  @Test
  void refusesThePresignedExampleOnceItsDayIsOver() {
    var target =
        "/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
            + "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
            + "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404";
    var request = request("GET", target, new byte[0], "Host", HOST);
    var nextDay =
        new SigV4Authenticator(AuthSettings.strict(EXAMPLE).withClock(at("2013-05-25T00:00:01Z")));

    var failure = refused(nextDay.authenticate(request, "s3"));

    assertThat(failure.code()).isEqualTo("AccessDenied");
    assertThat(failure.status()).isEqualTo(403);
    assertThat(failure.message()).isEqualTo("Request has expired");
    assertThat(failure.details())
        .containsEntry("X-Amz-Expires", "86400")
        .containsEntry("Expires", "2013-05-25T00:00:00Z")
        .containsEntry("ServerTime", "2013-05-25T00:00:01Z");
  }
}
