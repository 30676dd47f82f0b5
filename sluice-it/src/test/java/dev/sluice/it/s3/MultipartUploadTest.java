package dev.sluice.it.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.Bytes;
import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.transfer.s3.S3TransferManager;

@ExtendWith(SluiceExtension.class)
class MultipartUploadTest {
  static final int MIB = 1024 * 1024;
  static S3Client s3;
  static URI endpoint;

  @BeforeAll
  static void bucket(URI uri) {
    endpoint = uri;
    s3 = S3Clients.s3(uri);
    s3.createBucket(b -> b.bucket("multipart"));
  }

  @Test
  void theTransferManagerUploadsAndDownloadsALargeFileInParts(@TempDir Path dir) throws Exception {
    var body = Bytes.random(21 * MIB, 7);
    var source = Files.write(dir.resolve("big.bin"), body);
    try (var async = S3Clients.s3Async(endpoint);
        var tm = S3TransferManager.builder().s3Client(async).build()) {
      tm.uploadFile(u -> u.source(source).putObjectRequest(p -> p.bucket("multipart").key("big")))
          .completionFuture()
          .join();
      var target = dir.resolve("back.bin");
      tm.downloadFile(
              d -> d.destination(target).getObjectRequest(g -> g.bucket("multipart").key("big")))
          .completionFuture()
          .join();
      assertThat(Files.readAllBytes(target)).isEqualTo(body);
    }
    var head = s3.headObject(b -> b.bucket("multipart").key("big"));
    assertThat(head.contentLength()).isEqualTo(21L * MIB);
    assertThat(head.eTag()).matches("\"[0-9a-f]{32}-\\d+\"");
  }

  @Test
  void theEtagIsTheMd5OfPartMd5sWithThePartCount() throws Exception {
    var part1 = Bytes.random(5 * MIB, 1);
    var part2 = Bytes.random(1000, 2);
    var upload = s3.createMultipartUpload(b -> b.bucket("multipart").key("manual")).uploadId();
    var e1 =
        s3.uploadPart(
                b -> b.bucket("multipart").key("manual").uploadId(upload).partNumber(1),
                RequestBody.fromBytes(part1))
            .eTag();
    var e2 =
        s3.uploadPart(
                b -> b.bucket("multipart").key("manual").uploadId(upload).partNumber(2),
                RequestBody.fromBytes(part2))
            .eTag();
    var parts = s3.listParts(b -> b.bucket("multipart").key("manual").uploadId(upload)).parts();
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).size()).isEqualTo(5L * MIB);
    assertThat(s3.listMultipartUploads(b -> b.bucket("multipart")).uploads())
        .anyMatch(u -> u.uploadId().equals(upload));

    var done =
        s3.completeMultipartUpload(
            b ->
                b.bucket("multipart")
                    .key("manual")
                    .uploadId(upload)
                    .multipartUpload(
                        m ->
                            m.parts(
                                CompletedPart.builder().partNumber(1).eTag(e1).build(),
                                CompletedPart.builder().partNumber(2).eTag(e2).build())));
    var md5 = MessageDigest.getInstance("MD5");
    md5.update(MessageDigest.getInstance("MD5").digest(part1));
    md5.update(MessageDigest.getInstance("MD5").digest(part2));
    assertThat(done.eTag()).isEqualTo("\"" + HexFormat.of().formatHex(md5.digest()) + "-2\"");
    var whole = s3.getObjectAsBytes(b -> b.bucket("multipart").key("manual")).asByteArray();
    assertThat(whole).hasSize(5 * MIB + 1000);
    var second =
        s3.getObjectAsBytes(b -> b.bucket("multipart").key("manual").partNumber(2)).asByteArray();
    assertThat(second).isEqualTo(part2);
  }

  @Test
  void aSmallNonLastPartIsEntityTooSmall() {
    var upload = s3.createMultipartUpload(b -> b.bucket("multipart").key("small")).uploadId();
    var e1 = uploadPart("small", upload, 1, 100);
    var e2 = uploadPart("small", upload, 2, 100);
    assertThatThrownBy(() -> complete("small", upload, part(1, e1), part(2, e2)))
        .isInstanceOfSatisfying(S3Exception.class, e -> code(e, 400, "EntityTooSmall"));
  }

  @Test
  void anUnknownEtagIsInvalidPartAndDescendingPartsAreInvalidPartOrder() {
    var upload = s3.createMultipartUpload(b -> b.bucket("multipart").key("order")).uploadId();
    var e1 = uploadPart("order", upload, 1, 5 * MIB);
    var e2 = uploadPart("order", upload, 2, 10);
    assertThatThrownBy(
            () -> complete("order", upload, part(1, "\"00000000000000000000000000000000\"")))
        .isInstanceOfSatisfying(S3Exception.class, e -> code(e, 400, "InvalidPart"));
    assertThatThrownBy(() -> complete("order", upload, part(2, e2), part(1, e1)))
        .isInstanceOfSatisfying(S3Exception.class, e -> code(e, 400, "InvalidPartOrder"));
  }

  @Test
  void anAbortedUploadIsGone() {
    var upload = s3.createMultipartUpload(b -> b.bucket("multipart").key("gone")).uploadId();
    uploadPart("gone", upload, 1, 10);
    s3.abortMultipartUpload(b -> b.bucket("multipart").key("gone").uploadId(upload));
    assertThatThrownBy(() -> s3.listParts(b -> b.bucket("multipart").key("gone").uploadId(upload)))
        .isInstanceOf(NoSuchUploadException.class);
  }

  @Test
  void uploadPartCopyTakesARangeOfAnotherObject() {
    var source = Bytes.random(6 * MIB, 9);
    s3.putObject(b -> b.bucket("multipart").key("copy-src"), RequestBody.fromBytes(source));
    var upload = s3.createMultipartUpload(b -> b.bucket("multipart").key("copied")).uploadId();
    var p1 =
        s3.uploadPartCopy(
                b ->
                    b.sourceBucket("multipart")
                        .sourceKey("copy-src")
                        .destinationBucket("multipart")
                        .destinationKey("copied")
                        .uploadId(upload)
                        .partNumber(1)
                        .copySourceRange("bytes=0-5242879"))
            .copyPartResult()
            .eTag();
    var p2 =
        s3.uploadPartCopy(
                b ->
                    b.sourceBucket("multipart")
                        .sourceKey("copy-src")
                        .destinationBucket("multipart")
                        .destinationKey("copied")
                        .uploadId(upload)
                        .partNumber(2)
                        .copySourceRange("bytes=5242880-6291455"))
            .copyPartResult()
            .eTag();
    complete("copied", upload, part(1, p1), part(2, p2));
    assertThat(s3.getObjectAsBytes(b -> b.bucket("multipart").key("copied")).asByteArray())
        .isEqualTo(source);
  }

  private static String uploadPart(String key, String upload, int number, int size) {
    return s3.uploadPart(
            b -> b.bucket("multipart").key(key).uploadId(upload).partNumber(number),
            RequestBody.fromBytes(Bytes.random(size, number)))
        .eTag();
  }

  private static CompletedPart part(int number, String etag) {
    return CompletedPart.builder().partNumber(number).eTag(etag).build();
  }

  private static void complete(String key, String upload, CompletedPart... parts) {
    s3.completeMultipartUpload(
        b -> b.bucket("multipart").key(key).uploadId(upload).multipartUpload(m -> m.parts(parts)));
  }

  private static void code(S3Exception e, int status, String code) {
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
  }
}
