package dev.sluice.it.support;

import java.net.URI;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;

/** The AWS SDK for Java v2 Data Pipeline client pointed at a running Sluice. */
public final class PipelineClients {
  private PipelineClients() {}

  public static DataPipelineClient dataPipeline(URI endpoint) {
    return DataPipelineClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(S3Clients.credentials(S3Clients.ACCESS_KEY, S3Clients.SECRET_KEY))
        .build();
  }
}
