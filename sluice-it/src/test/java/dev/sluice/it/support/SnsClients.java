package dev.sluice.it.support;

import java.net.URI;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

/** The AWS SDK for Java v2 SNS client pointed at a running Sluice. */
public final class SnsClients {
  public static final String ARN_PREFIX = "arn:aws:sns:us-east-1:000000000000:";
  public static final String QUEUE_PREFIX = "arn:aws:sqs:us-east-1:000000000000:";

  private SnsClients() {}

  public static SnsClient sns(URI endpoint) {
    return SnsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(S3Clients.credentials(S3Clients.ACCESS_KEY, S3Clients.SECRET_KEY))
        .build();
  }
}
