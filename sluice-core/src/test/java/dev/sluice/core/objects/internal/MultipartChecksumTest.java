package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.CompletedPart;
import dev.sluice.core.objects.ExpectedDigests;
import dev.sluice.core.objects.ObjectLimits;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartChecksumTest {

  @TempDir Path dir;
  ObjectStoreFixture store;
  MultipartFixture multipart;

  @BeforeEach
  void setUp() {
    store = new ObjectStoreFixture(dir, new ObjectLimits(1000, 5, 10_000, 1024));
    store.bucket("bkt");
    multipart = new MultipartFixture(store);
  }

  private static byte[] crc32(byte[] bytes) {
    var crc = new CRC32();
    crc.update(bytes);
    return ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void eachPartStoresTheUploadsChecksum() {
    var upload = multipart.create("bkt", "k", ChecksumAlgorithm.CRC32);

    var part = multipart.part(upload, 1, "hello world");

    assertThat(part.checksums()).containsExactly(Map.entry(ChecksumAlgorithm.CRC32, "DUoRhQ=="));
  }

  @Test
  void aCrc32UploadGetsTheCompositeChecksumOfItsPartsChecksumsWithThePartCount() {
    var upload = multipart.create("bkt", "k", ChecksumAlgorithm.CRC32);
    var one = multipart.part(upload, 1, "hello");
    var two = multipart.part(upload, 2, " world");

    var object = multipart.complete(upload, List.of(one, two));

    byte[] joined =
        ByteBuffer.allocate(8).put(crc32(utf8("hello"))).put(crc32(utf8(" world"))).array();
    String expected = Base64.getEncoder().encodeToString(crc32(joined)) + "-2";
    assertThat(object.value().checksums())
        .containsExactly(Map.entry(ChecksumAlgorithm.CRC32, expected));
  }

  @Test
  void aCrc64NvmeUploadGetsTheFullObjectChecksumOfAllItsBytes() {
    var upload = multipart.create("bkt", "k", ChecksumAlgorithm.CRC64NVME);
    var one = multipart.part(upload, 1, "hello");
    var two = multipart.part(upload, 2, " world");
    var three = multipart.part(upload, 3, "!");

    var object = multipart.complete(upload, List.of(one, two, three));

    var whole = new Crc64Nvme();
    whole.update(utf8("hello world!"));
    String expected =
        Base64.getEncoder()
            .encodeToString(ByteBuffer.allocate(8).putLong(whole.getValue()).array());
    assertThat(object.value().checksums())
        .containsExactly(Map.entry(ChecksumAlgorithm.CRC64NVME, expected));
  }

  @Test
  void aPartChecksumOfAnotherAlgorithmThanTheUploadsIsInvalidRequest() {
    var upload = multipart.create("bkt", "k", ChecksumAlgorithm.CRC32);

    var part =
        multipart.upload(
            upload,
            1,
            "hello world",
            new ExpectedDigests(
                null,
                null,
                Map.of(ChecksumAlgorithm.SHA256, "uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="),
                null));

    assertThat(part.failure().code()).isEqualTo("InvalidRequest");
    assertThat(part.failure().message())
        .isEqualTo(
            "Checksum Type mismatch occurred, expected checksum Type: crc32, actual checksum Type:"
                + " sha256");
    assertThat(store.blobs.fileCount()).isZero();
  }

  @Test
  void aPartChecksumHeaderThatDoesNotMatchIsBadDigest() {
    var upload = multipart.create("bkt", "k", ChecksumAlgorithm.CRC32);

    var part =
        multipart.upload(
            upload,
            1,
            "hello world",
            new ExpectedDigests(null, null, Map.of(ChecksumAlgorithm.CRC32, "AAAAAA=="), null));

    assertThat(part.failure().code()).isEqualTo("BadDigest");
  }

  @Test
  void completingWithAListedChecksumThatDiffersFromThePartsIsInvalidPart() {
    var upload = multipart.create("bkt", "k", ChecksumAlgorithm.CRC32);
    var one = multipart.part(upload, 1, "hello world");

    var wrong =
        multipart.completeListing(
            upload,
            List.of(new CompletedPart(1, one.etag(), Map.of(ChecksumAlgorithm.CRC32, "AAAAAA=="))));
    var right =
        multipart.completeListing(
            upload,
            List.of(new CompletedPart(1, one.etag(), Map.of(ChecksumAlgorithm.CRC32, "DUoRhQ=="))));

    assertThat(wrong.failure().code()).isEqualTo("InvalidPart");
    assertThat(right.isOk()).isTrue();
  }
}
