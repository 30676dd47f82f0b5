package dev.sluice.it.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.Bytes;
import dev.sluice.it.support.RawHttp;
import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

@ExtendWith(SluiceExtension.class)
class PutGetObjectTest {
  static S3Client s3;
  static URI endpoint;

  @BeforeAll
  static void bucket(URI uri) {
    endpoint = uri;
    s3 = S3Clients.s3(uri);
    s3.createBucket(b -> b.bucket("objects"));
  }

  @Test
  void anObjectReadsBackWithItsBytesMetadataAndMd5Etag() throws Exception {
    var body = Bytes.random(100_000, 1);
    var put =
        s3.putObject(
            b ->
                b.bucket("objects")
                    .key("dir/data.bin")
                    .contentType("application/x-test")
                    .cacheControl("max-age=60")
                    .metadata(Map.of("Origin", "unit-test")),
            RequestBody.fromBytes(body));
    var md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
    assertThat(put.eTag()).isEqualTo("\"" + md5 + "\"");

    var got = s3.getObjectAsBytes(b -> b.bucket("objects").key("dir/data.bin"));
    assertThat(got.asByteArray()).isEqualTo(body);
    assertThat(got.response().contentType()).isEqualTo("application/x-test");
    assertThat(got.response().cacheControl()).isEqualTo("max-age=60");
    assertThat(got.response().metadata()).containsEntry("origin", "unit-test");
    assertThat(got.response().eTag()).isEqualTo(put.eTag());
    assertThat(got.response().contentLength()).isEqualTo(100_000L);
  }

  @Test
  void anObjectWithoutContentTypeIsBinaryOctetStream() throws Exception {
    var put =
        RawHttp.exchange(
            endpoint, "PUT /objects/plain HTTP/1.1\r\nContent-Length: 1", new byte[] {1}, false);
    assertThat(put.status()).isEqualTo(200);
    var head = s3.headObject(b -> b.bucket("objects").key("plain"));
    assertThat(head.contentType()).isEqualTo("binary/octet-stream");
  }

  @Test
  void keysWithAnyUtf8AndPunctuationRoundTrip() {
    for (var key :
        new String[] {
          "ünïcödé/ключ/鍵.txt",
          "with space+plus&amp=eq?q#h",
          "a//double/slash/",
          "../../etc/passwd",
          "emoji-😀"
        }) {
      s3.putObject(b -> b.bucket("objects").key(key), RequestBody.fromString(key));
      assertThat(s3.getObjectAsBytes(b -> b.bucket("objects").key(key)).asUtf8String())
          .isEqualTo(key);
    }
  }

  @Test
  void aKeyLongerThan1024BytesIsKeyTooLong() {
    var key = "k".repeat(1025);
    assertThatThrownBy(
            () -> s3.putObject(b -> b.bucket("objects").key(key), RequestBody.fromString("x")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("KeyTooLongError");
            });
  }

  @Test
  void aMissingKeyIsNoSuchKeyAndAMissingBucketIsNoSuchBucket() {
    assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket("objects").key("nope")))
        .isInstanceOf(NoSuchKeyException.class);
    assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket("no-such-bucket-x").key("k")))
        .isInstanceOf(NoSuchBucketException.class);
  }

  @Test
  void rangesReturnTheRequestedBytes() {
    var body = Bytes.random(1000, 2);
    s3.putObject(b -> b.bucket("objects").key("ranged"), RequestBody.fromBytes(body));
    var mid = s3.getObjectAsBytes(b -> b.bucket("objects").key("ranged").range("bytes=10-19"));
    assertThat(mid.asByteArray()).isEqualTo(java.util.Arrays.copyOfRange(body, 10, 20));
    assertThat(mid.response().contentRange()).isEqualTo("bytes 10-19/1000");
    var tail = s3.getObjectAsBytes(b -> b.bucket("objects").key("ranged").range("bytes=-5"));
    assertThat(tail.asByteArray()).isEqualTo(java.util.Arrays.copyOfRange(body, 995, 1000));
    assertThatThrownBy(
            () -> s3.getObjectAsBytes(b -> b.bucket("objects").key("ranged").range("bytes=5000-")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(416);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRange");
            });
  }

  @Test
  void conditionalGetsAnswer304And412() {
    var etag =
        s3.putObject(b -> b.bucket("objects").key("cond"), RequestBody.fromString("v1")).eTag();
    assertThatThrownBy(
            () -> s3.getObjectAsBytes(b -> b.bucket("objects").key("cond").ifNoneMatch(etag)))
        .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(304));
    assertThatThrownBy(
            () -> s3.getObjectAsBytes(b -> b.bucket("objects").key("cond").ifMatch("\"other\"")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(412);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("PreconditionFailed");
            });
    var future = Instant.now().plusSeconds(3600);
    assertThat(
            s3.getObjectAsBytes(b -> b.bucket("objects").key("cond").ifUnmodifiedSince(future))
                .asUtf8String())
        .isEqualTo("v1");
  }

  @Test
  void additionalChecksumsAreVerifiedStoredAndReturned() {
    for (var algorithm :
        new ChecksumAlgorithm[] {
          ChecksumAlgorithm.CRC32,
          ChecksumAlgorithm.CRC32_C,
          ChecksumAlgorithm.SHA1,
          ChecksumAlgorithm.SHA256
        }) {
      var key = "sum-" + algorithm;
      var put =
          s3.putObject(
              b -> b.bucket("objects").key(key).checksumAlgorithm(algorithm),
              RequestBody.fromString("hello world"));
      var head =
          s3.headObject(b -> b.bucket("objects").key(key).checksumMode(ChecksumMode.ENABLED));
      switch (algorithm) {
        case CRC32 -> {
          assertThat(put.checksumCRC32()).isEqualTo("DUoRhQ==");
          assertThat(head.checksumCRC32()).isEqualTo("DUoRhQ==");
        }
        case CRC32_C -> assertThat(head.checksumCRC32C()).isEqualTo("yZRlqg==");
        case SHA1 -> assertThat(head.checksumSHA1()).isEqualTo("Kq5sNclPz7QV2+lfQIuc6R7oRu0=");
        case SHA256 ->
            assertThat(head.checksumSHA256())
                .isEqualTo("uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=");
        default -> throw new AssertionError(algorithm);
      }
    }
  }

  @Test
  void aWrongContentMd5IsBadDigestAndStoresNothing() {
    assertThatThrownBy(
            () ->
                s3.putObject(
                    b ->
                        b.bucket("objects")
                            .key("bad-md5")
                            .contentMD5("1B2M2Y8AsgTpgAmY7PhCfg=="), // md5 of the empty string
                    RequestBody.fromString("not empty")))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BadDigest");
            });
    assertThatThrownBy(() -> s3.headObject(b -> b.bucket("objects").key("bad-md5")))
        .isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void anOverwriteReplacesTheObject() {
    s3.putObject(b -> b.bucket("objects").key("over"), RequestBody.fromString("first"));
    s3.putObject(b -> b.bucket("objects").key("over"), RequestBody.fromString("second"));
    assertThat(s3.getObjectAsBytes(b -> b.bucket("objects").key("over")).asUtf8String())
        .isEqualTo("second");
  }

  @Test
  void anEmptyObjectIsStored() {
    s3.putObject(b -> b.bucket("objects").key("empty"), RequestBody.empty());
    var got = s3.getObjectAsBytes(b -> b.bucket("objects").key("empty"));
    assertThat(got.asByteArray()).isEmpty();
    assertThat(got.response().eTag()).isEqualTo("\"d41d8cd98f00b204e9800998ecf8427e\"");
  }
}
