package dev.sluice.aws.s3.operations;

import static dev.sluice.aws.s3.support.S3Calls.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.S3Endpoint;
import dev.sluice.aws.s3.S3Settings;
import dev.sluice.aws.s3.support.RecordingObjectService;
import dev.sluice.aws.s3.support.Responses;
import dev.sluice.aws.s3.support.S3Calls;
import dev.sluice.core.objects.ByteRange;
import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.GetObjectInput;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectRead;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GetObject and HeadObject: request headers into the read, the object's headers back. */
class GetObjectWireTest {
  private final RecordingObjectService objects = new RecordingObjectService();
  private final S3Endpoint endpoint = new S3Endpoint(objects, S3Settings.defaults());
  private final ObjectRecord stored =
      new ObjectRecord(
          "bucket",
          "k",
          "blob",
          11,
          "\"5eb63bbbe01eeed093cb22bb8f5acdc3\"",
          Instant.parse("2026-03-05T07:08:09.500Z"),
          new ObjectAttributes(
              "text/plain", "gzip", null, "en", null, null, "STANDARD_IA", null, Map.of("a", "1")),
          Map.of(ChecksumAlgorithm.SHA256, "uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="),
          4,
          "seq");

  @Test
  void streamsTheBlobChannelWithTheStoredHeaders(@TempDir Path dir) throws Exception {
    var file = dir.resolve("blob");
    Files.writeString(file, "hello world");
    var channel = Files.newByteChannel(file);
    objects.read = in -> Result.ok(new ObjectRead(stored, 0, 11, false, channel));

    var response = endpoint.handle(request("GET", "/bucket/k").call());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(new HttpResponse.Channel(channel, 0, 11));
    var h = response.headers();
    assertThat(h.first("Content-Length")).isEqualTo("11");
    assertThat(h.first("Content-Type")).isEqualTo("text/plain");
    assertThat(h.first("Content-Encoding")).isEqualTo("gzip");
    assertThat(h.first("Content-Language")).isEqualTo("en");
    assertThat(h.first("ETag")).isEqualTo("\"5eb63bbbe01eeed093cb22bb8f5acdc3\"");
    assertThat(h.first("Last-Modified")).isEqualTo("Thu, 05 Mar 2026 07:08:09 GMT");
    assertThat(h.first("Accept-Ranges")).isEqualTo("bytes");
    assertThat(h.first("x-amz-meta-a")).isEqualTo("1");
    assertThat(h.first("x-amz-storage-class")).isEqualTo("STANDARD_IA");
    assertThat(h.has("Content-Range")).isFalse();
    assertThat(h.has("x-amz-checksum-sha256")).isFalse();
    assertThat(h.has("x-amz-mp-parts-count")).isFalse();
    channel.close();
  }

  @Test
  void aRangeGives206WithContentRange() {
    objects.read = in -> Result.ok(new ObjectRead(stored, 6, 5, true, null));

    var response = endpoint.handle(request("GET", "/bucket/k").header("Range", "bytes=6-").call());

    assertThat(objects.last(GetObjectInput.class).range()).isEqualTo(new ByteRange.FromTo(6, null));
    assertThat(response.status()).isEqualTo(206);
    assertThat(response.headers().first("Content-Range")).isEqualTo("bytes 6-10/11");
    assertThat(response.headers().first("Content-Length")).isEqualTo("5");
  }

  @Test
  void anUnparseableRangeReadsTheWholeObject() {
    endpoint.handle(request("GET", "/bucket/k").header("Range", "bytes=0-1,4-5").call());

    assertThat(objects.last(GetObjectInput.class).range()).isNull();
  }

  @Test
  void passesConditionsWithHttpDates() {
    endpoint.handle(
        request("GET", "/bucket/k")
            .header("If-Match", "\"abc\"")
            .header("If-None-Match", "\"def\"")
            .header("If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT")
            .header("If-Unmodified-Since", "garbage")
            .call());

    var conditions = objects.last(GetObjectInput.class).conditions();
    assertThat(conditions.ifMatch()).isEqualTo("\"abc\"");
    assertThat(conditions.ifNoneMatch()).isEqualTo("\"def\"");
    assertThat(conditions.ifModifiedSince()).isEqualTo(Instant.parse("1994-11-06T08:49:37Z"));
    assertThat(conditions.ifUnmodifiedSince()).isNull();
  }

  @Test
  void notModifiedCarriesEtagAndLastModifiedButNoBody() {
    objects.read =
        in ->
            in.conditions().ifNoneMatch() == null
                ? Result.ok(new ObjectRead(stored, 0, 11, false, null))
                : Result.err(Failure.of("NotModified", 304, "Not Modified"));

    var response =
        endpoint.handle(request("GET", "/bucket/k").header("If-None-Match", stored.etag()).call());

    assertThat(response.status()).isEqualTo(304);
    assertThat(response.body()).isInstanceOf(HttpResponse.Empty.class);
    assertThat(response.headers().first("ETag")).isEqualTo(stored.etag());
    assertThat(response.headers().first("Last-Modified"))
        .isEqualTo("Thu, 05 Mar 2026 07:08:09 GMT");
    assertThat(response.headers().first("x-amz-request-id")).isEqualTo("REQ-1");
  }

  @Test
  void aPartNumberReadsThatPartAndReportsThePartsCount() {
    objects.read = in -> Result.ok(new ObjectRead(stored, 0, 5, true, null));

    var response = endpoint.handle(request("HEAD", "/bucket/k?partNumber=1").call());

    assertThat(objects.last(GetObjectInput.class).partNumber()).isEqualTo(1);
    assertThat(response.status()).isEqualTo(206);
    assertThat(response.headers().first("x-amz-mp-parts-count")).isEqualTo("4");
    assertThat(response.body()).isInstanceOf(HttpResponse.Empty.class);
  }

  @Test
  void aRangeAndAPartNumberTogetherAreInvalidRequest() {
    var response =
        endpoint.handle(
            request("GET", "/bucket/k?partNumber=1").header("Range", "bytes=0-1").call());

    assertThat(response.status()).isEqualTo(400);
    assertThat(Responses.text(response)).contains("<Code>InvalidRequest</Code>");
  }

  @Test
  void checksumsAreSentOnlyWhenChecksumModeIsEnabled() {
    objects.read = in -> Result.ok(new ObjectRead(stored, 0, 11, false, null));

    var response =
        endpoint.handle(
            request("HEAD", "/bucket/k").header("x-amz-checksum-mode", "ENABLED").call());

    assertThat(response.headers().first("x-amz-checksum-sha256"))
        .isEqualTo("uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=");
    assertThat(response.headers().first("x-amz-checksum-type")).isEqualTo("FULL_OBJECT");
  }

  @Test
  void responseParametersOverrideTheStoredHeaders() {
    var response =
        endpoint.handle(
            request(
                    "GET",
                    "/bucket/k?response-content-type=application%2Fjson"
                        + "&response-content-disposition=attachment%3B%20filename%3Dx.json"
                        + "&response-cache-control=no-store&response-expires=0"
                        + "&response-content-language=de&response-content-encoding=identity")
                .call());

    var h = response.headers();
    assertThat(h.first("Content-Type")).isEqualTo("application/json");
    assertThat(h.first("Content-Disposition")).isEqualTo("attachment; filename=x.json");
    assertThat(h.first("Cache-Control")).isEqualTo("no-store");
    assertThat(h.first("Expires")).isEqualTo("0");
    assertThat(h.first("Content-Language")).isEqualTo("de");
    assertThat(h.first("Content-Encoding")).isEqualTo("identity");
  }

  @Test
  void anonymousRequestsCannotOverrideResponseHeaders() {
    var response =
        endpoint.handle(
            request("GET", "/bucket/k?response-content-type=text/html")
                .identity(S3Calls.ANONYMOUS)
                .call());

    assertThat(response.status()).isEqualTo(400);
    assertThat(Responses.text(response))
        .contains("Request specific response headers cannot be used for anonymous GET requests.");
  }

  @Test
  void theDefaultContentTypeIsBinaryOctetStream() {
    var response = endpoint.handle(request("HEAD", "/bucket/k").call());

    assertThat(response.headers().first("Content-Type")).isEqualTo("binary/octet-stream");
    assertThat(response.headers().first("Content-Length")).isEqualTo("11");
  }

  @Test
  void aVersionOtherThanNullIsInvalidArgument() {
    var response = endpoint.handle(request("GET", "/bucket/k?versionId=abc").call());

    assertThat(response.status()).isEqualTo(400);
    assertThat(objects.calls).isEmpty();
  }
}
