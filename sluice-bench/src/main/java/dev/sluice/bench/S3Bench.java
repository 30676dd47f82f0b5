package dev.sluice.bench;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** PUT and GET throughput through the real AWS SDK for Java v2 against a Sluice endpoint. */
final class S3Bench implements AutoCloseable {
  private final S3Client s3;
  private final String bucket;

  S3Bench(URI endpoint, String bucket) {
    this.bucket = bucket;
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
    s3.createBucket(b -> b.bucket(bucket));
  }

  Throughput put(byte[] body, int clients, int total) throws Exception {
    var next = new AtomicLong();
    return Throughput.run(
        clients,
        total,
        body.length,
        () -> {
          var key = "put/" + body.length + "/" + next.getAndIncrement();
          s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(body));
        });
  }

  Throughput get(byte[] body, int clients, int total) throws Exception {
    var key = "get/" + body.length;
    s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(body));
    var buffer = new ThreadLocal<byte[]>();
    return Throughput.run(
        clients,
        total,
        body.length,
        () -> {
          var chunk = buffer.get();
          if (chunk == null) {
            chunk = new byte[1 << 20];
            buffer.set(chunk);
          }
          try (var in = s3.getObject(b -> b.bucket(bucket).key(key))) {
            while (in.read(chunk) >= 0) {
              // drain
            }
          }
        });
  }

  void putOne(String key, byte[] body) {
    s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(body));
  }

  S3Client client() {
    return s3;
  }

  @Override
  public void close() {
    s3.close();
  }
}
