package dev.sluice.aws.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.Headers;
import dev.sluice.core.objects.ObjectAttributes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectHeadersTest {

  @Test
  void readsTheStandardHeadersAndLowerCasedUserMetadata() {
    var headers =
        new Headers()
            .add("Content-Type", "text/csv")
            .add("Content-Encoding", "gzip")
            .add("Content-Disposition", "attachment; filename=\"a.csv\"")
            .add("Content-Language", "en")
            .add("Cache-Control", "no-cache")
            .add("Expires", "Thu, 01 Dec 2094 16:00:00 GMT")
            .add("x-amz-storage-class", "STANDARD_IA")
            .add("x-amz-website-redirect-location", "/other")
            .add("X-Amz-Meta-Owner-Name", "Ada")
            .add("x-amz-meta-empty", "");

    var attributes = ObjectHeaders.read(headers).value();

    assertThat(attributes)
        .isEqualTo(
            new ObjectAttributes(
                "text/csv",
                "gzip",
                "attachment; filename=\"a.csv\"",
                "en",
                "no-cache",
                "Thu, 01 Dec 2094 16:00:00 GMT",
                "STANDARD_IA",
                "/other",
                Map.of("owner-name", "Ada", "empty", "")));
  }

  @Test
  void theAwsChunkedContentEncodingIsNotStored() {
    assertThat(ObjectHeaders.contentEncoding("aws-chunked")).isNull();
    assertThat(ObjectHeaders.contentEncoding("aws-chunked,gzip")).isEqualTo("gzip");
    assertThat(ObjectHeaders.contentEncoding("gzip, aws-chunked, br")).isEqualTo("gzip,br");
  }

  @Test
  void anUnknownStorageClassIsInvalidStorageClass() {
    var failure = ObjectHeaders.read(new Headers().add("x-amz-storage-class", "CHEAP")).failure();

    assertThat(failure.code()).isEqualTo("InvalidStorageClass");
    assertThat(failure.message()).isEqualTo("The storage class you specified is not valid");
  }

  @Test
  void writesStoredHeadersWithDefaultsAsS3Does() {
    var out = new Headers();

    ObjectHeaders.write(
        new ObjectAttributes(
            null, null, null, null, null, null, "STANDARD", null, Map.of("k", "v")),
        out);

    assertThat(out.first("Content-Type")).isEqualTo("binary/octet-stream");
    assertThat(out.first("x-amz-meta-k")).isEqualTo("v");
    assertThat(out.has("x-amz-storage-class")).isFalse();
    assertThat(out.has("Content-Encoding")).isFalse();
  }
}
