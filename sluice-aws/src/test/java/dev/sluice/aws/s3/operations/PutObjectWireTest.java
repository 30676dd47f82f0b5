package dev.sluice.aws.s3.operations;

import static dev.sluice.aws.s3.support.S3Calls.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.s3.S3Endpoint;
import dev.sluice.aws.s3.S3Settings;
import dev.sluice.aws.s3.internal.HostId;
import dev.sluice.aws.s3.support.RecordingObjectService;
import dev.sluice.aws.s3.support.Responses;
import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.PutObjectInput;
import dev.sluice.core.objects.RequestContext;
import dev.sluice.core.objects.UploadPartInput;
import dev.sluice.core.result.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PutObject and UploadPart: headers and payload into the service, ETag and checksums back. */
class PutObjectWireTest {
  private final RecordingObjectService objects = new RecordingObjectService();
  private final S3Endpoint endpoint = new S3Endpoint(objects, S3Settings.defaults());

  @Test
  void passesThePayloadAttributesAndContextToTheService() throws IOException {
    var response =
        endpoint.handle(
            request("PUT", "/bucket/dir/a%20b.txt")
                .header("Content-Type", "text/plain")
                .header("Content-Encoding", "aws-chunked")
                .header("x-amz-meta-Color", "blue")
                .header("If-None-Match", "*")
                .body("hello world")
                .call());

    assertThat(response.status()).isEqualTo(200);
    var input = objects.last(PutObjectInput.class);
    assertThat(input.bucket()).isEqualTo("bucket");
    assertThat(input.key()).isEqualTo("dir/a b.txt");
    assertThat(input.contentLength()).isEqualTo(11);
    assertThat(new String(input.body().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("hello world");
    assertThat(input.attributes())
        .isEqualTo(
            new ObjectAttributes(
                "text/plain", null, null, null, null, null, null, null, Map.of("color", "blue")));
    assertThat(input.conditions().ifNoneMatch()).isEqualTo("*");
    assertThat(input.context())
        .isEqualTo(
            new RequestContext(
                "000000000000",
                "AIDAEXAMPLE",
                "192.0.2.10",
                "REQ-1",
                HostId.of("REQ-1"),
                "eu-west-1"));
  }

  @Test
  void answersWithTheEtagAndTheComputedChecksum() {
    var stored = RecordingObjectService.record("k", 11);
    objects.record =
        Result.ok(
            new ObjectRecord(
                "bucket",
                "k",
                "b",
                11,
                stored.etag(),
                stored.lastModified(),
                ObjectAttributes.none(),
                Map.of(ChecksumAlgorithm.CRC32, "DUoRhQ=="),
                0,
                "s"));

    var response =
        endpoint.handle(
            request("PUT", "/bucket/k")
                .header("x-amz-sdk-checksum-algorithm", "CRC32")
                .header("x-amz-trailer", "x-amz-checksum-crc32")
                .trailer("x-amz-checksum-crc32", "DUoRhQ==")
                .body("hello world")
                .call());

    assertThat(response.headers().first("ETag")).isEqualTo(stored.etag());
    assertThat(response.headers().first("x-amz-checksum-crc32")).isEqualTo("DUoRhQ==");
    var digests = objects.last(PutObjectInput.class).digests();
    assertThat(digests.algorithm()).isEqualTo(ChecksumAlgorithm.CRC32);
    assertThat(digests.trailerChecksums().get())
        .isEqualTo(Map.of(ChecksumAlgorithm.CRC32, "DUoRhQ=="));
  }

  @Test
  void withoutAnyContentLengthTheRequestIsRefused() {
    var response = endpoint.handle(request("PUT", "/bucket/k").call());

    assertThat(response.status()).isEqualTo(411);
    assertThat(Responses.text(response))
        .contains("<Code>MissingContentLength</Code>")
        .contains("<Message>You must provide the Content-Length HTTP header.</Message>");
    assertThat(objects.calls).isEmpty();
  }

  @Test
  void theDecodedContentLengthOfAnAwsChunkedBodyIsEnough() {
    var response =
        endpoint.handle(
            request("PUT", "/bucket/k")
                .header("x-amz-decoded-content-length", "0")
                .header("Transfer-Encoding", "chunked")
                .call());

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void serviceFailuresSuchAsEntityTooLargeAreRendered() {
    objects.record =
        Result.err(
            dev.sluice.core.result.Failure.of(
                "EntityTooLarge", 400, "Your proposed upload exceeds the maximum allowed size"));

    var response = endpoint.handle(request("PUT", "/bucket/k").body("x").call());

    assertThat(response.status()).isEqualTo(400);
    assertThat(Responses.text(response)).contains("<Code>EntityTooLarge</Code>");
  }

  @Test
  void uploadPartPassesUploadIdPartNumberAndDigests() {
    var response =
        endpoint.handle(
            request("PUT", "/bucket/big?partNumber=3&uploadId=UPLOAD-1")
                .header("Content-MD5", "XrY7u+Ae7tCTyyK7j1rNww==")
                .body("part")
                .call());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().first("ETag")).isEqualTo("\"p1etag\"");
    var input = objects.last(UploadPartInput.class);
    assertThat(input.uploadId()).isEqualTo("UPLOAD-1");
    assertThat(input.partNumber()).isEqualTo(3);
    assertThat(input.contentLength()).isEqualTo(4);
    assertThat(input.digests().contentMd5()).isEqualTo("XrY7u+Ae7tCTyyK7j1rNww==");
  }

  @Test
  void aPartNumberOutsideOneTo10000IsInvalidArgument() {
    for (var number : new String[] {"0", "10001", "x"}) {
      var response =
          endpoint.handle(
              request("PUT", "/bucket/big?partNumber=" + number + "&uploadId=U").body("p").call());

      assertThat(response.status()).isEqualTo(400);
      assertThat(Responses.text(response))
          .contains("<Code>InvalidArgument</Code>")
          .contains(
              "<Message>Part number must be an integer between 1 and 10000, inclusive</Message>");
    }
  }
}
