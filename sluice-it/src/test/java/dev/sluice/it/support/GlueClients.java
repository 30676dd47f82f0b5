package dev.sluice.it.support;

import java.net.URI;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;

/** The AWS SDK for Java v2 Glue client pointed at a running Sluice. */
public final class GlueClients {
  public static final String ROLE = "arn:aws:iam::000000000000:role/glue-role";

  private GlueClients() {}

  public static GlueClient glue(URI endpoint) {
    return GlueClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(S3Clients.credentials(S3Clients.ACCESS_KEY, S3Clients.SECRET_KEY))
        .build();
  }
}
