package dev.sluice.bench;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * AWS SDK for Java v2 clients of the sections that drive Sluice through the SDK: Sluice's endpoint,
 * us-east-1, the bench's credentials, and the section's HTTP client settings.
 */
final class BenchSdk {
  private final URI endpoint;
  private final SdkHttpClient.Builder<?> http;

  BenchSdk(URI endpoint, SdkHttpClient.Builder<?> http) {
    this.endpoint = endpoint;
    this.http = http;
  }

  /** Any service's client from its builder. */
  <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder) {
    return builder
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .httpClientBuilder(http)
        .build();
  }

  /** S3 with path-style addressing and checksums only where S3 requires them. */
  S3Client s3() {
    return client(
        S3Client.builder()
            .forcePathStyle(true)
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED));
  }
}
