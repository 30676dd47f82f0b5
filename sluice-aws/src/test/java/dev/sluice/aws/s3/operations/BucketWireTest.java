package dev.sluice.aws.s3.operations;

import static dev.sluice.aws.s3.support.RecordingObjectService.T0;
import static dev.sluice.aws.s3.support.S3Calls.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.S3Endpoint;
import dev.sluice.aws.s3.S3Settings;
import dev.sluice.aws.s3.support.RecordingObjectService;
import dev.sluice.aws.s3.support.RecordingObjectService.CreateBucketCall;
import dev.sluice.aws.s3.support.RecordingObjectService.DeleteObjectsCall;
import dev.sluice.aws.s3.support.RecordingObjectService.NotificationCall;
import dev.sluice.aws.s3.support.Responses;
import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.DeleteOutcome;
import dev.sluice.core.objects.NotificationTarget;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bucket-level operations through the endpoint. */
class BucketWireTest {
  private final RecordingObjectService objects = new RecordingObjectService();
  private final S3Endpoint endpoint = new S3Endpoint(objects, S3Settings.defaults());

  @Test
  void createBucketUsesTheLocationConstraintAndAnswersWithLocation() {
    var response =
        endpoint.handle(
            request("PUT", "/new-bucket")
                .body(
                    "<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                        + "<LocationConstraint>ap-south-1</LocationConstraint>"
                        + "</CreateBucketConfiguration>")
                .call());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().first("Location")).isEqualTo("/new-bucket");
    var call = objects.last(CreateBucketCall.class);
    assertThat(call.bucket()).isEqualTo("new-bucket");
    assertThat(call.region()).isEqualTo("ap-south-1");
    assertThat(call.context().region()).isEqualTo("ap-south-1");
  }

  @Test
  void createBucketWithoutBodyGoesToTheSignersRegion() {
    endpoint.handle(request("PUT", "/").host("new-bucket.localhost:4566").call());

    var call = objects.last(CreateBucketCall.class);
    assertThat(call.bucket()).isEqualTo("new-bucket");
    assertThat(call.region()).isEqualTo("eu-west-1");
  }

  @Test
  void aMalformedConfigurationIsMalformedXml() {
    var response = endpoint.handle(request("PUT", "/new-bucket").body("<CreateBucket").call());

    assertThat(response.status()).isEqualTo(400);
    assertThat(Responses.text(response)).contains("<Code>MalformedXML</Code>");
    assertThat(objects.calls).isEmpty();
  }

  @Test
  void headBucketAnswersWithTheRegion() {
    var response = endpoint.handle(request("HEAD", "/bucket").call());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().first("x-amz-bucket-region")).isEqualTo("eu-west-1");
  }

  @Test
  void deleteBucketAnswers204OrTheServicesFailure() {
    assertThat(endpoint.handle(request("DELETE", "/bucket").call()).status()).isEqualTo(204);

    objects.done =
        Result.err(
            Failure.of("BucketNotEmpty", 409, "The bucket you tried to delete is not empty"));
    var response = endpoint.handle(request("DELETE", "/bucket").call());

    assertThat(response.status()).isEqualTo(409);
    assertThat(Responses.text(response)).contains("<BucketName>bucket</BucketName>");
  }

  @Test
  void listBucketsShowsTheCallersBucketsInPages() {
    objects.buckets =
        List.of(
            new Bucket("c", "000000000000", "us-east-1", T0),
            new Bucket("a", "000000000000", "us-east-1", T0),
            new Bucket("b", "000000000000", "eu-west-1", T0));

    var first = Responses.text(endpoint.handle(request("GET", "/?max-buckets=2").call()));
    var next =
        Responses.text(
            endpoint.handle(request("GET", "/?max-buckets=2&continuation-token=Yg").call()));
    var inRegion =
        Responses.text(endpoint.handle(request("GET", "/?bucket-region=eu-west-1").call()));

    assertThat(objects.calls).contains("listBuckets 000000000000");
    assertThat(first)
        .contains("<Name>a</Name>")
        .contains("<Name>b</Name>")
        .doesNotContain("<Name>c</Name>")
        .contains("<ContinuationToken>Yg</ContinuationToken>");
    assertThat(next).contains("<Name>c</Name>").doesNotContain("<Name>a</Name>");
    assertThat(inRegion).contains("<Name>b</Name>").doesNotContain("<Name>a</Name>");
  }

  @Test
  void getBucketLocationIsEmptyForUsEast1() {
    objects.bucket = Result.ok(new Bucket("bucket", "000000000000", "us-east-1", T0));

    var body = Responses.text(endpoint.handle(request("GET", "/bucket?location").call()));

    assertThat(body)
        .endsWith(
            "<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "</LocationConstraint>");
  }

  @Test
  void deleteObjectsPassesTheKeysAndReportsPerKey() {
    objects.deleted =
        Result.ok(
            List.of(
                new DeleteOutcome("a", null),
                new DeleteOutcome("b", Failure.of("AccessDenied", 403, "Access Denied"))));

    var response =
        endpoint.handle(
            request("POST", "/bucket?delete")
                .header(
                    "Content-MD5",
                    md5Of(
                        "<Delete><Object><Key>a</Key></Object>"
                            + "<Object><Key>b</Key></Object></Delete>"))
                .body("<Delete><Object><Key>a</Key></Object><Object><Key>b</Key></Object></Delete>")
                .call());

    assertThat(objects.last(DeleteObjectsCall.class).keys()).containsExactly("a", "b");
    assertThat(response.status()).isEqualTo(200);
    assertThat(Responses.text(response))
        .contains("<Deleted><Key>a</Key></Deleted>")
        .contains("<Error><Key>b</Key><Code>AccessDenied</Code>");
  }

  @Test
  void aContentMd5ThatDoesNotMatchTheDocumentIsBadDigest() {
    var response =
        endpoint.handle(
            request("POST", "/bucket?delete")
                .header("Content-MD5", md5Of("something else"))
                .body("<Delete><Object><Key>a</Key></Object></Delete>")
                .call());

    assertThat(Responses.text(response)).contains("<Code>BadDigest</Code>");
    assertThat(objects.calls).isEmpty();
  }

  @Test
  void notificationConfigurationIsStoredAndRendered() {
    var put =
        endpoint.handle(
            request("PUT", "/bucket?notification")
                .body(
                    "<NotificationConfiguration><CloudFunctionConfiguration>"
                        + "<CloudFunction>arn:aws:lambda:us-east-1:000000000000:function:f"
                        + "</CloudFunction><Event>s3:ObjectCreated:*</Event>"
                        + "</CloudFunctionConfiguration></NotificationConfiguration>")
                .call());
    var stored = objects.last(NotificationCall.class).configuration();
    objects.notifications = Result.ok(stored);
    var get = endpoint.handle(request("GET", "/bucket?notification").call());

    assertThat(put.status()).isEqualTo(200);
    assertThat(put.body()).isInstanceOf(HttpResponse.Empty.class);
    assertThat(stored.rules().getFirst().target()).isEqualTo(NotificationTarget.LAMBDA);
    assertThat(stored.rules().getFirst().id()).isNotBlank();
    assertThat(Responses.text(get))
        .contains("<CloudFunctionConfiguration><Id>" + stored.rules().getFirst().id() + "</Id>")
        .contains("<Event>s3:ObjectCreated:*</Event>");
  }

  private static String md5Of(String text) {
    try {
      var md5 = java.security.MessageDigest.getInstance("MD5");
      return Base64.getEncoder()
          .encodeToString(md5.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
