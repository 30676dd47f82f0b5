package dev.sluice.it.support;

import java.net.URI;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/** The AWS SDK for Java v2 CloudWatch Logs client pointed at a running Sluice. */
public final class LogsClients {
  private LogsClients() {}

  public static CloudWatchLogsClient logs(URI endpoint) {
    return logs(endpoint, Region.US_EAST_1);
  }

  public static CloudWatchLogsClient logs(URI endpoint, Region region) {
    return CloudWatchLogsClient.builder()
        .endpointOverride(endpoint)
        .region(region)
        .credentialsProvider(S3Clients.credentials(S3Clients.ACCESS_KEY, S3Clients.SECRET_KEY))
        .build();
  }
}
