package dev.sluice.aws.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sluice.core.time.Clock;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The AWS SDK for Java v2's own S3 and Lambda clients, over HTTP, against the authenticator in
 * strict mode: what they send (aws-chunked uploads with signed chunks and a CRC32 trailer, escaped
 * keys, double-encoded Lambda paths, presigned URLs) verifies, and a wrong secret does not.
 */
class RealSdkClientsTest {
  private AuthenticatingTestServer server;

  @BeforeEach
  void start() throws IOException {
    server =
        new AuthenticatingTestServer(
            new SigV4Authenticator(SdkSigning.strictSettings().withClock(Clock.system())));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void verifiesAnS3PutObjectSentAsSignedChunksWithATrailer() {
    var object = new byte[1024 * 1024 + 5];
    new Random(7).nextBytes(object);

    try (var s3 = s3(SdkSigning.SECRET)) {
      s3.putObject(
          put -> put.bucket("bucket").key("big/object.bin"), RequestBody.fromBytes(object));
    }

    var seen = server.last();
    assertThat(seen.failure()).isNull();
    assertThat(seen.request().headers().first("x-amz-content-sha256"))
        .isEqualTo("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER");
    assertThat(seen.payload()).isEqualTo(object);
    assertThat(seen.authenticated().payloadLength()).isEqualTo(object.length);
    assertThat(seen.authenticated().trailers().first("x-amz-checksum-crc32"))
        .isEqualTo(crc32(object));
  }

  @Test
  void refusesAnS3PutObjectSignedWithAnotherSecret() {
    try (var s3 = s3("another-secret")) {
      var error =
          catchThrowableOfType(
              S3Exception.class,
              () -> s3.putObject(put -> put.bucket("b").key("k"), RequestBody.fromString("x")));

      assertThat(error.statusCode()).isEqualTo(403);
      assertThat(error.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
    }
  }

  @Test
  void verifiesAnS3GetObjectWhoseKeyNeedsEscaping() {
    try (var s3 = s3(SdkSigning.SECRET)) {
      var body =
          s3.getObjectAsBytes(get -> get.bucket("bucket").key("dir/a b+c üß$&=@:,;!'()*~%.txt"));

      assertThat(body.asUtf8String()).isEqualTo("hello");
    }
    assertThat(server.last().authenticated().identity().accessKeyId())
        .isEqualTo(SdkSigning.ACCESS_KEY);
  }

  @Test
  void verifiesAListingWhosePrefixNeedsEscaping() {
    try (var s3 = s3(SdkSigning.SECRET)) {
      var listing = s3.listObjectsV2(list -> list.bucket("bucket").prefix("a b/ü+=&").maxKeys(5));

      assertThat(listing.keyCount()).isZero();
    }
    assertThat(server.last().request().rawQuery()).contains("prefix=a%20b%2F%C3%BC%2B%3D%26");
  }

  @Test
  void verifiesAUrlFromTheS3PresignerForAPlainHttpEndpoint() throws Exception {
    try (var presigner =
        S3Presigner.builder()
            .endpointOverride(server.endpoint())
            .region(Region.of(SdkSigning.REGION))
            .credentialsProvider(credentials(SdkSigning.SECRET))
            .serviceConfiguration(
                software.amazon.awssdk.services.s3.S3Configuration.builder()
                    .pathStyleAccessEnabled(true)
                    .build())
            .build()) {
      var url =
          presigner
              .presignGetObject(
                  presign ->
                      presign
                          .signatureDuration(Duration.ofMinutes(5))
                          .getObjectRequest(get -> get.bucket("bucket").key("shared file.txt")))
              .url();

      try (var http = HttpClient.newHttpClient()) {
        var response =
            http.send(
                java.net.http.HttpRequest.newBuilder(url.toURI()).build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).as("failure %s", server.last().failure()).isEqualTo(200);
      }
    }
  }

  @Test
  void verifiesALambdaInvokeOfAQualifiedFunctionName() {
    var payload = "{\"order\": 42}";

    try (var lambda = lambda(SdkSigning.SECRET)) {
      lambda.invoke(
          invoke ->
              invoke.functionName("my-function:prod").payload(SdkBytes.fromUtf8String(payload)));
    }

    var seen = server.last();
    assertThat(seen.failure()).isNull();
    assertThat(seen.request().rawPath()).contains("my-function%3Aprod");
    assertThat(new String(seen.payload(), StandardCharsets.UTF_8)).isEqualTo(payload);
    assertThat(seen.authenticated().identity().service()).isEqualTo("lambda");
  }

  @Test
  void refusesALambdaInvokeSignedWithAnotherSecret() {
    try (var lambda = lambda("another-secret")) {
      var error =
          catchThrowableOfType(
              LambdaException.class, () -> lambda.invoke(invoke -> invoke.functionName("f")));

      assertThat(error.statusCode()).isEqualTo(403);
      assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
    }
  }

  private S3Client s3(String secret) {
    return S3Client.builder()
        .endpointOverride(server.endpoint())
        .region(Region.of(SdkSigning.REGION))
        .credentialsProvider(credentials(secret))
        .forcePathStyle(true)
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  private LambdaClient lambda(String secret) {
    return LambdaClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.of(SdkSigning.REGION))
        .credentialsProvider(credentials(secret))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  private static StaticCredentialsProvider credentials(String secret) {
    return StaticCredentialsProvider.create(
        AwsBasicCredentials.create(SdkSigning.ACCESS_KEY, secret));
  }

  private static String crc32(byte[] bytes) {
    var crc = new CRC32();
    crc.update(bytes);
    return Base64.getEncoder()
        .encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
