package dev.sluice.core.objects.internal;

import static dev.sluice.core.objects.internal.ObjectStoreFixture.bytes;
import static dev.sluice.core.objects.internal.ObjectStoreFixture.input;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.ExpectedDigests;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.result.Result;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PutObjectDigestsTest {

  private static final String HELLO_MD5 = "XrY7u+Ae7tCTyyK7j1rNww==";
  private static final String HELLO_CRC32 = "DUoRhQ==";
  private static final String HELLO_SHA256 = "uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=";

  @TempDir Path dir;
  ObjectStoreFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ObjectStoreFixture(dir);
    fixture.bucket("docs");
  }

  private Result<ObjectRecord> put(ExpectedDigests digests) {
    return fixture.put(input("docs", "hello.txt", bytes("hello world"), digests));
  }

  private static ExpectedDigests header(ChecksumAlgorithm algorithm, String value) {
    return new ExpectedDigests(null, null, Map.of(algorithm, value), null);
  }

  private static ExpectedDigests trailer(ChecksumAlgorithm algorithm, String value) {
    return new ExpectedDigests(null, algorithm, Map.of(), () -> Map.of(algorithm, value));
  }

  private void assertNothingStored() {
    assertThat(fixture.catalog.findObject("docs", "hello.txt")).isEmpty();
    assertThat(fixture.blobs.fileCount()).isZero();
  }

  @Test
  void theEtagIsTheQuotedMd5HexOfTheBody() {
    var stored = put(ExpectedDigests.none());

    assertThat(stored.value().etag()).isEqualTo("\"5eb63bbbe01eeed093cb22bb8f5acdc3\"");
    assertThat(stored.value().size()).isEqualTo(11);
    assertThat(stored.value().checksums()).isEmpty();
    assertThat(fixture.read("docs", "hello.txt")).isEqualTo("hello world");
  }

  @Test
  void aMatchingContentMd5IsAccepted() {
    var stored = put(new ExpectedDigests(HELLO_MD5, null, Map.of(), null));

    assertThat(stored.isOk()).isTrue();
  }

  @Test
  void aContentMd5ThatIsNotTheBase64OfSixteenBytesIsInvalidDigest() {
    var stored = put(new ExpectedDigests("not-base64!", null, Map.of(), null));

    assertThat(stored.failure().code()).isEqualTo("InvalidDigest");
    assertThat(stored.failure().status()).isEqualTo(400);
    assertThat(stored.failure().message()).isEqualTo("The Content-MD5 you specified is not valid.");
    assertNothingStored();
  }

  @Test
  void aContentMd5OfTheWrongLengthIsInvalidDigest() {
    var stored = put(new ExpectedDigests("DUoRhQ==", null, Map.of(), null));

    assertThat(stored.failure().code()).isEqualTo("InvalidDigest");
  }

  @Test
  void aContentMd5ThatDoesNotMatchTheBytesIsBadDigest() {
    String otherMd5 = "1B2M2Y8AsgTpgAmY7PhCfg==";

    var stored = put(new ExpectedDigests(otherMd5, null, Map.of(), null));

    assertThat(stored.failure().code()).isEqualTo("BadDigest");
    assertThat(stored.failure().status()).isEqualTo(400);
    assertThat(stored.failure().message())
        .isEqualTo("The Content-MD5 you specified did not match what we received.");
    assertThat(stored.failure().details())
        .containsEntry("ExpectedDigest", otherMd5)
        .containsEntry("CalculatedDigest", HELLO_MD5);
    assertNothingStored();
  }

  @Test
  void aMatchingChecksumHeaderIsStoredWithTheObject() {
    var stored = put(header(ChecksumAlgorithm.SHA256, HELLO_SHA256));

    assertThat(stored.value().checksums())
        .containsExactly(Map.entry(ChecksumAlgorithm.SHA256, HELLO_SHA256));
  }

  @Test
  void anAnnouncedAlgorithmWithoutAValueIsComputedAndStored() {
    var stored = put(new ExpectedDigests(null, ChecksumAlgorithm.CRC32C, Map.of(), null));

    assertThat(stored.value().checksums()).containsEntry(ChecksumAlgorithm.CRC32C, "yZRlqg==");
  }

  @Test
  void aChecksumHeaderThatDoesNotMatchIsBadDigestNamingTheAlgorithm() {
    var stored = put(header(ChecksumAlgorithm.CRC32, "AAAAAA=="));

    assertThat(stored.failure().code()).isEqualTo("BadDigest");
    assertThat(stored.failure().status()).isEqualTo(400);
    assertThat(stored.failure().message())
        .isEqualTo("The CRC32 you specified did not match the calculated checksum.");
    assertNothingStored();
  }

  @Test
  void aChecksumHeaderThatIsNotAValueOfItsAlgorithmIsInvalidRequest() {
    var stored = put(header(ChecksumAlgorithm.CRC32, HELLO_SHA256));

    assertThat(stored.failure().code()).isEqualTo("InvalidRequest");
    assertThat(stored.failure().status()).isEqualTo(400);
    assertThat(stored.failure().message())
        .isEqualTo("Value for x-amz-checksum-crc32 header is invalid.");
    assertNothingStored();
  }

  @Test
  void twoChecksumHeadersAreInvalidRequest() {
    var stored =
        put(
            new ExpectedDigests(
                null,
                null,
                Map.of(
                    ChecksumAlgorithm.CRC32, HELLO_CRC32, ChecksumAlgorithm.SHA256, HELLO_SHA256),
                null));

    assertThat(stored.failure().code()).isEqualTo("InvalidRequest");
    assertThat(stored.failure().message())
        .isEqualTo(
            "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.");
  }

  @Test
  void aMatchingTrailerChecksumIsStoredWithTheObject() {
    var stored = put(trailer(ChecksumAlgorithm.CRC32, HELLO_CRC32));

    assertThat(stored.value().checksums()).containsEntry(ChecksumAlgorithm.CRC32, HELLO_CRC32);
  }

  @Test
  void aTrailerChecksumThatDoesNotMatchIsBadDigest() {
    var stored = put(trailer(ChecksumAlgorithm.CRC32, "AAAAAA=="));

    assertThat(stored.failure().message())
        .isEqualTo("The CRC32 you specified did not match the calculated checksum.");
    assertNothingStored();
  }

  @Test
  void aMalformedTrailerChecksumIsInvalidRequest() {
    var stored = put(trailer(ChecksumAlgorithm.CRC64NVME, "DUoRhQ=="));

    assertThat(stored.failure().code()).isEqualTo("InvalidRequest");
    assertThat(stored.failure().message())
        .isEqualTo("Value for x-amz-checksum-crc64nvme trailing header is invalid.");
    assertNothingStored();
  }

  @Test
  void theTrailerIsReadOnlyAfterTheBodyEnded() {
    var body = new java.io.ByteArrayInputStream(bytes("hello world"));
    var digests =
        new ExpectedDigests(
            null,
            ChecksumAlgorithm.CRC32,
            Map.of(),
            () -> {
              assertThat(body.available()).isZero();
              return Map.of(ChecksumAlgorithm.CRC32, HELLO_CRC32);
            });

    var stored =
        fixture.put(
            new dev.sluice.core.objects.PutObjectInput(
                "docs",
                "hello.txt",
                body,
                11,
                dev.sluice.core.objects.ObjectAttributes.none(),
                digests,
                dev.sluice.core.objects.Preconditions.none(),
                ObjectStoreFixture.context()));

    assertThat(stored.isOk()).isTrue();
  }
}
