package dev.sluice.it.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.Bytes;
import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import dev.sluice.server.AccessKey;
import dev.sluice.server.AuthMode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.transfer.s3.S3TransferManager;

/** With strict auth, the SDK's correctly signed requests of every kind are served. */
class StrictAuthAcceptsSignedClientsTest {
  static final String KEY = "AKID";
  static final String SECRET = "SECRET";
  static final int MIB = 1024 * 1024;

  @RegisterExtension
  static SluiceExtension sluice =
      SluiceExtension.withConfig(
          c ->
              c.withAuth(AuthMode.STRICT)
                  .withAccessKey(AccessKey.parse("AKID:SECRET:111122223333")));

  static final List<String> payloadHashes = new CopyOnWriteArrayList<>();
  static S3Client s3;

  @BeforeAll
  static void bucket() {
    s3 =
        S3Client.builder()
            .endpointOverride(sluice.endpoint())
            .forcePathStyle(true)
            .region(Region.US_EAST_1)
            .credentialsProvider(S3Clients.credentials(KEY, SECRET))
            .overrideConfiguration(o -> o.addExecutionInterceptor(new PayloadHashRecorder()))
            .build();
    s3.createBucket(b -> b.bucket("strict"));
  }

  @Test
  void signedPutGetAndListWorkInTheKeysAccount() {
    payloadHashes.clear();
    s3.putObject(b -> b.bucket("strict").key("docs/a.txt"), RequestBody.fromString("verified"));
    assertThat(payloadHashes).containsExactly("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER");

    var read = s3.getObjectAsBytes(b -> b.bucket("strict").key("docs/a.txt"));
    assertThat(read.asUtf8String()).isEqualTo("verified");
    assertThat(read.response().contentType()).isEqualTo("text/plain; charset=UTF-8");
    var listing = s3.listObjectsV2(b -> b.bucket("strict").prefix("docs/"));
    assertThat(listing.contents()).extracting(o -> o.key()).containsExactly("docs/a.txt");
    var buckets = s3.listBuckets();
    assertThat(buckets.owner().displayName()).isEqualTo("111122223333");
    assertThat(buckets.buckets()).extracting(b -> b.name()).contains("strict");
  }

  @Test
  void aPutOfManySignedChunksWithAChecksumTrailerIsStoredWhole() {
    var body = Bytes.random(600 * 1024, 11);
    var put =
        s3.putObject(
            b -> b.bucket("strict").key("chunks").checksumAlgorithm(ChecksumAlgorithm.CRC32),
            RequestBody.fromBytes(body));
    assertThat(put.checksumCRC32()).isNotBlank();
    assertThat(s3.getObjectAsBytes(b -> b.bucket("strict").key("chunks")).asByteArray())
        .isEqualTo(body);
  }

  @Test
  void aMultipartUploadOfSignedPartsCompletes() {
    var part1 = Bytes.random(5 * MIB, 1);
    var part2 = Bytes.random(1000, 2);
    var upload = s3.createMultipartUpload(b -> b.bucket("strict").key("parts")).uploadId();
    var e1 =
        s3.uploadPart(
                b -> b.bucket("strict").key("parts").uploadId(upload).partNumber(1),
                RequestBody.fromBytes(part1))
            .eTag();
    var e2 =
        s3.uploadPart(
                b -> b.bucket("strict").key("parts").uploadId(upload).partNumber(2),
                RequestBody.fromBytes(part2))
            .eTag();
    s3.completeMultipartUpload(
        b ->
            b.bucket("strict")
                .key("parts")
                .uploadId(upload)
                .multipartUpload(
                    m ->
                        m.parts(
                            CompletedPart.builder().partNumber(1).eTag(e1).build(),
                            CompletedPart.builder().partNumber(2).eTag(e2).build())));
    var whole = s3.getObjectAsBytes(b -> b.bucket("strict").key("parts")).asByteArray();
    assertThat(whole).hasSize(5 * MIB + 1000).endsWith(part2);
  }

  @Test
  void theTransferManagerUploadsAndDownloadsInSignedParts(@TempDir Path dir) throws Exception {
    var body = Bytes.random(17 * MIB, 3);
    var source = Files.write(dir.resolve("big.bin"), body);
    var target = dir.resolve("back.bin");
    try (var async = S3Clients.s3Async(sluice.endpoint(), KEY, SECRET);
        var tm = S3TransferManager.builder().s3Client(async).build()) {
      tm.uploadFile(u -> u.source(source).putObjectRequest(p -> p.bucket("strict").key("big")))
          .completionFuture()
          .join();
      tm.downloadFile(
              d -> d.destination(target).getObjectRequest(g -> g.bucket("strict").key("big")))
          .completionFuture()
          .join();
    }
    assertThat(Files.readAllBytes(target)).isEqualTo(body);
    assertThat(s3.headObject(b -> b.bucket("strict").key("big")).eTag()).endsWith("-3\"");
  }

  @Test
  void presignedGetAndPutUrlsAreHonoured() throws Exception {
    var http = HttpClient.newHttpClient();
    try (var presigner = S3Clients.presigner(sluice.endpoint(), KEY, SECRET)) {
      var put =
          presigner
              .presignPutObject(
                  p ->
                      p.signatureDuration(Duration.ofMinutes(5))
                          .putObjectRequest(o -> o.bucket("strict").key("shared file")))
              .url();
      var stored =
          http.send(
              HttpRequest.newBuilder(put.toURI())
                  .PUT(HttpRequest.BodyPublishers.ofString("via presigned put"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(stored.statusCode()).isEqualTo(200);

      var get =
          presigner
              .presignGetObject(
                  p ->
                      p.signatureDuration(Duration.ofMinutes(5))
                          .getObjectRequest(o -> o.bucket("strict").key("shared file")))
              .url();
      var read =
          http.send(
              HttpRequest.newBuilder(get.toURI()).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(read.body()).isEqualTo("via presigned put");
    }
  }

  /** Records the x-amz-content-sha256 each signed PutObject carried on the wire. */
  static final class PayloadHashRecorder implements ExecutionInterceptor {
    @Override
    public void beforeTransmission(
        Context.BeforeTransmission context, ExecutionAttributes attributes) {
      if (context.request() instanceof PutObjectRequest) {
        context
            .httpRequest()
            .firstMatchingHeader("x-amz-content-sha256")
            .ifPresent(payloadHashes::add);
      }
    }
  }
}
