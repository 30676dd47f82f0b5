package dev.sluice.aws.s3.operations;

import static dev.sluice.aws.s3.support.S3Calls.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.s3.S3Endpoint;
import dev.sluice.aws.s3.S3Settings;
import dev.sluice.aws.s3.support.RecordingObjectService;
import dev.sluice.aws.s3.support.Responses;
import dev.sluice.core.objects.ByteRange;
import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.CopyObjectInput;
import dev.sluice.core.objects.MetadataDirective;
import dev.sluice.core.objects.UploadPartCopyInput;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** CopyObject and UploadPartCopy: the copy source, directive, conditions and range. */
class CopyWireTest {
  private final RecordingObjectService objects = new RecordingObjectService();
  private final S3Endpoint endpoint = new S3Endpoint(objects, S3Settings.defaults());

  @Test
  void copyObjectPassesSourceDirectiveReplacementAndConditions() {
    var response =
        endpoint.handle(
            request("PUT", "/bucket/copy")
                .header("x-amz-copy-source", "/src/dir/a%20b.txt")
                .header("x-amz-metadata-directive", "REPLACE")
                .header("Content-Type", "text/csv")
                .header("x-amz-copy-source-if-match", "\"e\"")
                .header("x-amz-copy-source-if-unmodified-since", "Sun, 06 Nov 1994 08:49:37 GMT")
                .header("x-amz-checksum-algorithm", "CRC32C")
                .call());

    assertThat(response.status()).isEqualTo(200);
    assertThat(Responses.text(response)).contains("<CopyObjectResult").contains("<ETag>");
    var input = objects.last(CopyObjectInput.class);
    assertThat(input.sourceBucket()).isEqualTo("src");
    assertThat(input.sourceKey()).isEqualTo("dir/a b.txt");
    assertThat(input.bucket()).isEqualTo("bucket");
    assertThat(input.key()).isEqualTo("copy");
    assertThat(input.directive()).isEqualTo(MetadataDirective.REPLACE);
    assertThat(input.replacement().contentType()).isEqualTo("text/csv");
    assertThat(input.sourceConditions().ifMatch()).isEqualTo("\"e\"");
    assertThat(input.sourceConditions().ifUnmodifiedSince())
        .isEqualTo(Instant.parse("1994-11-06T08:49:37Z"));
    assertThat(input.algorithm()).isEqualTo(ChecksumAlgorithm.CRC32C);
    assertThat(input.context().requestId()).isEqualTo("REQ-1");
  }

  @Test
  void theDirectiveDefaultsToCopyAndRejectsOtherValues() {
    endpoint.handle(request("PUT", "/bucket/copy").header("x-amz-copy-source", "src/k").call());
    assertThat(objects.last(CopyObjectInput.class).directive()).isEqualTo(MetadataDirective.COPY);

    var response =
        endpoint.handle(
            request("PUT", "/bucket/copy")
                .header("x-amz-copy-source", "src/k")
                .header("x-amz-metadata-directive", "MERGE")
                .call());
    assertThat(Responses.text(response))
        .contains("<Code>InvalidArgument</Code>")
        .contains("<Message>Unknown metadata directive.</Message>");
  }

  @Test
  void aCopySourceWithoutKeyIsInvalidArgument() {
    var response =
        endpoint.handle(request("PUT", "/bucket/copy").header("x-amz-copy-source", "src").call());

    assertThat(response.status()).isEqualTo(400);
    assertThat(objects.calls).isEmpty();
  }

  @Test
  void uploadPartCopyPassesTheRangeAndAnswersCopyPartResult() {
    var response =
        endpoint.handle(
            request("PUT", "/bucket/big?partNumber=2&uploadId=UPLOAD-1")
                .header("x-amz-copy-source", "src/k")
                .header("x-amz-copy-source-range", "bytes=0-99")
                .call());

    assertThat(Responses.text(response)).contains("<CopyPartResult");
    var input = objects.last(UploadPartCopyInput.class);
    assertThat(input.partNumber()).isEqualTo(2);
    assertThat(input.uploadId()).isEqualTo("UPLOAD-1");
    assertThat(input.sourceRange()).isEqualTo(new ByteRange.FromTo(0, 99L));
  }

  @Test
  void anInvalidCopySourceRangeIsInvalidArgument() {
    var response =
        endpoint.handle(
            request("PUT", "/bucket/big?partNumber=2&uploadId=UPLOAD-1")
                .header("x-amz-copy-source", "src/k")
                .header("x-amz-copy-source-range", "bytes=5-")
                .call());

    assertThat(response.status()).isEqualTo(400);
    assertThat(Responses.text(response))
        .contains("<ArgumentName>x-amz-copy-source-range</ArgumentName>");
    assertThat(objects.calls).isEmpty();
  }
}
