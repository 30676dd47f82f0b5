package dev.sluice.aws.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.Headers;
import dev.sluice.core.objects.ChecksumAlgorithm;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecksumHeadersTest {
  private final Headers trailers = new Headers();

  private dev.sluice.core.result.Result<dev.sluice.core.objects.ExpectedDigests> expected(
      Headers headers) {
    return ChecksumHeaders.expected(headers, () -> trailers);
  }

  @Test
  void readsContentMd5AndAChecksumHeader() {
    var digests =
        expected(
                new Headers()
                    .add("Content-MD5", "XrY7u+Ae7tCTyyK7j1rNww==")
                    .add("x-amz-checksum-crc32c", "yZRlqg=="))
            .value();

    assertThat(digests.contentMd5()).isEqualTo("XrY7u+Ae7tCTyyK7j1rNww==");
    assertThat(digests.headerChecksums()).isEqualTo(Map.of(ChecksumAlgorithm.CRC32C, "yZRlqg=="));
    assertThat(digests.algorithm()).isEqualTo(ChecksumAlgorithm.CRC32C);
  }

  @Test
  void theSdkAlgorithmHeaderAsksForAChecksumWithoutAValue() {
    var sdk = expected(new Headers().add("x-amz-sdk-checksum-algorithm", "SHA256")).value();
    var plain = expected(new Headers().add("x-amz-checksum-algorithm", "crc64nvme")).value();

    assertThat(sdk.algorithm()).isEqualTo(ChecksumAlgorithm.SHA256);
    assertThat(plain.algorithm()).isEqualTo(ChecksumAlgorithm.CRC64NVME);
    assertThat(sdk.headerChecksums()).isEmpty();
  }

  @Test
  void aTrailerChecksumIsReadOnlyWhenAsked() {
    var digests = expected(new Headers().add("x-amz-trailer", "x-amz-checksum-crc32")).value();
    assertThat(digests.algorithm()).isEqualTo(ChecksumAlgorithm.CRC32);
    assertThat(digests.trailerChecksums().get()).isEmpty();

    trailers.add("x-amz-checksum-crc32", "sOO8/Q==");

    assertThat(digests.trailerChecksums().get())
        .isEqualTo(Map.of(ChecksumAlgorithm.CRC32, "sOO8/Q=="));
  }

  @Test
  void anUnsupportedAlgorithmIsInvalidRequest() {
    var named = expected(new Headers().add("x-amz-sdk-checksum-algorithm", "XXHASH64")).failure();
    var valued = expected(new Headers().add("x-amz-checksum-sha512", "abc")).failure();

    assertThat(named.code()).isEqualTo("InvalidRequest");
    assertThat(valued.code()).isEqualTo("InvalidRequest");
    assertThat(named.message()).startsWith("Checksum algorithm provided is unsupported.");
  }

  @Test
  void twoChecksumValuesAreInvalidRequest() {
    var failure =
        expected(
                new Headers()
                    .add("x-amz-checksum-crc32", "AAAAAA==")
                    .add("x-amz-checksum-sha1", "2jmj7l5rSw0yVb/vlWAYkK/YBwk="))
            .failure();

    assertThat(failure.message())
        .isEqualTo(
            "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.");
  }

  @Test
  void writesEachChecksumWithItsType() {
    var out = new Headers();

    ChecksumHeaders.write(Map.of(ChecksumAlgorithm.CRC32, "sOO8/Q=="), out);

    assertThat(out.first("x-amz-checksum-crc32")).isEqualTo("sOO8/Q==");
    assertThat(out.first("x-amz-checksum-type")).isEqualTo("FULL_OBJECT");
  }

  @Test
  void aChecksumOfPartsIsComposite() {
    assertThat(ChecksumHeaders.type("sOO8/Q==-3")).isEqualTo("COMPOSITE");
    assertThat(ChecksumHeaders.type("sOO8/Q==")).isEqualTo("FULL_OBJECT");
  }
}
