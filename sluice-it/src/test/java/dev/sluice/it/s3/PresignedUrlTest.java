package dev.sluice.it.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

@ExtendWith(SluiceExtension.class)
class PresignedUrlTest {
  static S3Client s3;
  static S3Presigner presigner;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void bucket(URI endpoint) {
    s3 = S3Clients.s3(endpoint);
    presigner = S3Clients.presigner(endpoint);
    s3.createBucket(b -> b.bucket("presigned"));
  }

  @Test
  void aPresignedGetReadsTheObjectWithAPlainHttpClient() throws Exception {
    s3.putObject(b -> b.bucket("presigned").key("a b.txt"), RequestBody.fromString("shared"));
    var url =
        presigner
            .presignGetObject(
                p ->
                    p.signatureDuration(Duration.ofMinutes(5))
                        .getObjectRequest(g -> g.bucket("presigned").key("a b.txt")))
            .url();
    var response =
        HTTP.send(
            HttpRequest.newBuilder(url.toURI()).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("shared");
  }

  @Test
  void aPresignedPutStoresTheObject() throws Exception {
    var url =
        presigner
            .presignPutObject(
                p ->
                    p.signatureDuration(Duration.ofMinutes(5))
                        .putObjectRequest(g -> g.bucket("presigned").key("uploaded")))
            .url();
    var response =
        HTTP.send(
            HttpRequest.newBuilder(url.toURI())
                .PUT(HttpRequest.BodyPublishers.ofString("via presigned put"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(s3.getObjectAsBytes(b -> b.bucket("presigned").key("uploaded")).asUtf8String())
        .isEqualTo("via presigned put");
  }
}
