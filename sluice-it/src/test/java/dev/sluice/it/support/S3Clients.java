package dev.sluice.it.support;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Real AWS SDK for Java v2 clients pointed at a running Sluice. */
public final class S3Clients {
  public static final String ACCESS_KEY = "AKIDSLUICETEST";
  public static final String SECRET_KEY = "sluice-test-secret";

  private S3Clients() {}

  public static StaticCredentialsProvider credentials(String accessKey, String secretKey) {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
  }

  public static S3Client s3(URI endpoint) {
    return s3(endpoint, ACCESS_KEY, SECRET_KEY);
  }

  public static S3Client s3(URI endpoint, String accessKey, String secretKey) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .forcePathStyle(true)
        .region(Region.US_EAST_1)
        .credentialsProvider(credentials(accessKey, secretKey))
        .build();
  }

  public static S3AsyncClient s3Async(URI endpoint) {
    return s3Async(endpoint, ACCESS_KEY, SECRET_KEY);
  }

  public static S3AsyncClient s3Async(URI endpoint, String accessKey, String secretKey) {
    return S3AsyncClient.builder()
        .endpointOverride(endpoint)
        .forcePathStyle(true)
        .region(Region.US_EAST_1)
        .credentialsProvider(credentials(accessKey, secretKey))
        .multipartEnabled(true)
        .build();
  }

  public static S3Presigner presigner(URI endpoint) {
    return presigner(endpoint, ACCESS_KEY, SECRET_KEY);
  }

  public static S3Presigner presigner(URI endpoint, String accessKey, String secretKey) {
    return S3Presigner.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(credentials(accessKey, secretKey))
        .serviceConfiguration(
            software.amazon.awssdk.services.s3.S3Configuration.builder()
                .pathStyleAccessEnabled(true)
                .build())
        .build();
  }
}
