package dev.sluice.aws.s3.operations;

import static dev.sluice.aws.s3.support.S3Calls.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.s3.S3Endpoint;
import dev.sluice.aws.s3.S3Settings;
import dev.sluice.aws.s3.support.RecordingObjectService;
import dev.sluice.aws.s3.support.RecordingObjectService.CompleteCall;
import dev.sluice.aws.s3.support.RecordingObjectService.CreateUploadCall;
import dev.sluice.aws.s3.support.RecordingObjectService.ListPartsCall;
import dev.sluice.aws.s3.support.Responses;
import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.CompletedPart;
import dev.sluice.core.objects.ListUploadsInput;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.PartListing;
import dev.sluice.core.result.Result;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The multipart upload operations through the endpoint. */
class MultipartWireTest {
  private final RecordingObjectService objects = new RecordingObjectService();
  private final S3Endpoint endpoint = new S3Endpoint(objects, S3Settings.defaults());

  @Test
  void createMultipartUploadPassesAttributesAndAlgorithm() {
    objects.upload =
        Result.ok(
            new MultipartUpload(
                "UPLOAD-1",
                "bucket",
                "big",
                RecordingObjectService.T0,
                ObjectAttributes.none(),
                ChecksumAlgorithm.SHA256,
                "000000000000"));

    var response =
        endpoint.handle(
            request("POST", "/bucket/big?uploads")
                .header("Content-Type", "video/mp4")
                .header("x-amz-checksum-algorithm", "SHA256")
                .call());

    var call = objects.last(CreateUploadCall.class);
    assertThat(call.attributes().contentType()).isEqualTo("video/mp4");
    assertThat(call.algorithm()).isEqualTo(ChecksumAlgorithm.SHA256);
    assertThat(response.headers().first("x-amz-checksum-algorithm")).isEqualTo("SHA256");
    assertThat(Responses.text(response)).contains("<UploadId>UPLOAD-1</UploadId>");
  }

  @Test
  void completeMultipartUploadPassesThePartsAndAnswersWithThePathStyleLocation() {
    var response =
        endpoint.handle(
            request("POST", "/bucket/dir/big%20file?uploadId=UPLOAD-1")
                .body(
                    "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber>"
                        + "<ETag>\"e1\"</ETag></Part></CompleteMultipartUpload>")
                .call());

    var call = objects.last(CompleteCall.class);
    assertThat(call.uploadId()).isEqualTo("UPLOAD-1");
    assertThat(call.key()).isEqualTo("dir/big file");
    assertThat(call.parts()).containsExactly(new CompletedPart(1, "\"e1\"", Map.of()));
    assertThat(Responses.text(response))
        .contains("<Location>http://localhost:4566/bucket/dir/big%20file</Location>");
  }

  @Test
  void theLocationFollowsVirtualHostedAddressing() {
    var response =
        endpoint.handle(
            request("POST", "/k?uploadId=UPLOAD-1")
                .host("bucket.localhost:4566")
                .body(
                    "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber>"
                        + "<ETag>e1</ETag></Part></CompleteMultipartUpload>")
                .call());

    assertThat(Responses.text(response))
        .contains("<Location>http://bucket.localhost:4566/k</Location>");
  }

  @Test
  void completingWithoutPartsIsMalformedXml() {
    var response = endpoint.handle(request("POST", "/bucket/k?uploadId=U").body("").call());

    assertThat(response.status()).isEqualTo(400);
    assertThat(Responses.text(response)).contains("<Code>MalformedXML</Code>");
  }

  @Test
  void listPartsPassesMarkerAndMax() {
    objects.parts =
        Result.ok(new PartListing(RecordingObjectService.upload("k"), List.of(), false, 0));

    var response =
        endpoint.handle(
            request("GET", "/bucket/k?uploadId=UPLOAD-1&max-parts=5&part-number-marker=3").call());

    assertThat(objects.last(ListPartsCall.class))
        .isEqualTo(new ListPartsCall("bucket", "k", "UPLOAD-1", 3, 5));
    assertThat(Responses.text(response))
        .contains("<PartNumberMarker>3</PartNumberMarker>")
        .contains("<MaxParts>5</MaxParts>");
  }

  @Test
  void listMultipartUploadsPassesTheMarkers() {
    endpoint.handle(
        request("GET", "/bucket?uploads&key-marker=k&upload-id-marker=U&max-uploads=3&prefix=p")
            .call());

    assertThat(objects.last(ListUploadsInput.class))
        .isEqualTo(new ListUploadsInput("bucket", "p", null, "k", "U", 3));
  }

  @Test
  void abortAnswers204() {
    var response = endpoint.handle(request("DELETE", "/bucket/k?uploadId=UPLOAD-1").call());

    assertThat(response.status()).isEqualTo(204);
    assertThat(objects.calls).contains("abort UPLOAD-1");
  }
}
