package dev.sluice.aws.s3;

import static dev.sluice.aws.s3.support.S3Calls.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.internal.HostId;
import dev.sluice.aws.s3.support.RecordingObjectService;
import dev.sluice.aws.s3.support.Responses;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import org.junit.jupiter.api.Test;

/** What every S3 response carries, and how failures are rendered. */
class S3EndpointEnvelopeTest {
  private final RecordingObjectService objects = new RecordingObjectService();
  private final S3Endpoint endpoint = new S3Endpoint(objects, S3Settings.defaults());

  @Test
  void signsAsS3() {
    assertThat(endpoint.signingName()).isEqualTo("s3");
  }

  @Test
  void everyResponseCarriesTheRequestIdAndHostId() {
    var ok = endpoint.handle(request("DELETE", "/bucket/key").call());
    var failed = endpoint.handle(request("PATCH", "/bucket/key").call());

    for (var response : new HttpResponse[] {ok, failed}) {
      assertThat(response.headers().first("x-amz-request-id")).isEqualTo("REQ-1");
      assertThat(response.headers().first("x-amz-id-2")).isEqualTo(HostId.of("REQ-1"));
    }
    assertThat(ok.status()).isEqualTo(204);
    assertThat(failed.status()).isEqualTo(405);
  }

  @Test
  void failuresAreS3ErrorDocumentsNamingTheBucket() {
    objects.bucket =
        Result.err(Failure.of("NoSuchBucket", 404, "The specified bucket does not exist"));

    var response = endpoint.handle(request("GET", "/missing?location").call());

    assertThat(response.status()).isEqualTo(404);
    assertThat(Responses.text(response))
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchBucket</Code>"
                + "<Message>The specified bucket does not exist</Message>"
                + "<BucketName>missing</BucketName><RequestId>REQ-1</RequestId><HostId>"
                + HostId.of("REQ-1")
                + "</HostId></Error>");
  }

  @Test
  void noSuchKeyNamesTheKeyUnlessTheServiceAlreadyDid() {
    objects.read =
        in -> Result.err(Failure.of("NoSuchKey", 404, "The specified key does not exist."));

    var response = endpoint.handle(request("GET", "/bucket/a%20b").call());

    assertThat(Responses.text(response)).contains("<Key>a b</Key>");
  }

  @Test
  void headFailuresHaveNoBody() {
    objects.read =
        in -> Result.err(Failure.of("NoSuchKey", 404, "The specified key does not exist."));

    var response = endpoint.handle(request("HEAD", "/bucket/key").call());

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).isInstanceOf(HttpResponse.Empty.class);
    assertThat(response.headers().first("x-amz-request-id")).isEqualTo("REQ-1");
  }

  @Test
  void aBadlyEncodedPathIsInvalidUri() {
    var response = endpoint.handle(request("GET", "/bucket/%E2%28").call());

    assertThat(response.status()).isEqualTo(400);
    assertThat(Responses.text(response)).contains("<Code>InvalidURI</Code>");
  }

  @Test
  void unimplementedSubresourcesAnswerNotImplemented() {
    var response = endpoint.handle(request("GET", "/bucket?versioning").call());

    assertThat(response.status()).isEqualTo(501);
    assertThat(Responses.text(response)).contains("<Code>NotImplemented</Code>");
    assertThat(objects.calls).isEmpty();
  }

  @Test
  void rendersFailuresFromBeforeTheEndpointInTheSameWay() {
    var response =
        endpoint.renderFailure(
            request("PUT", "/bucket/key").call().request(),
            "REQ-9",
            Failure.of(
                "SignatureDoesNotMatch",
                403,
                "The request signature we calculated does not match the signature you provided. Check your key and signing method."));

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.headers().first("x-amz-request-id")).isEqualTo("REQ-9");
    assertThat(Responses.text(response))
        .contains("<Code>SignatureDoesNotMatch</Code>")
        .contains("<RequestId>REQ-9</RequestId>");
  }
}
