package dev.sluice.bench;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.LambdaFunctionConfiguration;

/** PUT and GET through the real AWS SDK for Java v2 (Apache HTTP client) against Sluice. */
final class S3Bench implements LoadClient {
  private static final int READ_CHUNK = 1 << 20;

  private final S3Client s3;
  private final ThreadLocal<byte[]> readBuffers =
      ThreadLocal.withInitial(() -> new byte[READ_CHUNK]);

  S3Bench(URI endpoint) {
    this.s3 =
        S3Client.builder()
            .endpointOverride(endpoint)
            .forcePathStyle(true)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
            // Measure the server, not the client's CRC work: checksums only where required.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .httpClientBuilder(
                ApacheHttpClient.builder().maxConnections(64).socketTimeout(Duration.ofMinutes(2)))
            .build();
  }

  void createBucket(String bucket) {
    s3.createBucket(b -> b.bucket(bucket));
  }

  /** Every object created in {@code bucket} notifies the Lambda function {@code functionArn}. */
  void notifyFunction(String bucket, String functionArn) {
    var rule =
        LambdaFunctionConfiguration.builder()
            .id("bench")
            .lambdaFunctionArn(functionArn)
            .events(Event.S3_OBJECT_CREATED)
            .build();
    s3.putBucketNotificationConfiguration(
        b -> b.bucket(bucket).notificationConfiguration(n -> n.lambdaFunctionConfigurations(rule)));
  }

  @Override
  public String name() {
    return "SDK";
  }

  /** One PUT; the body is streamed from {@code body} without the copy {@code fromBytes} makes. */
  @Override
  public void putOne(String bucket, String key, byte[] body) {
    s3.putObject(
        b -> b.bucket(bucket).key(key),
        RequestBody.fromContentProvider(
            () -> new ByteArrayInputStream(body), body.length, "application/octet-stream"));
  }

  @Override
  public long getOne(String bucket, String key) throws Exception {
    var chunk = readBuffers.get();
    long total = 0;
    try (var in = s3.getObject(b -> b.bucket(bucket).key(key))) {
      int n;
      while ((n = in.read(chunk)) >= 0) {
        total += n;
      }
    }
    return total;
  }

  @Override
  public void close() {
    s3.close();
  }
}
