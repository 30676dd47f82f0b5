package dev.sluice.it.support;

import java.net.URI;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The AWS SDK for Java v2 Step Functions client pointed at a running Sluice. */
public final class StepFunctionsClients {
  public static final String ROLE = "arn:aws:iam::000000000000:role/states-role";

  private StepFunctionsClients() {}

  public static SfnClient sfn(URI endpoint) {
    return SfnClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(S3Clients.credentials(S3Clients.ACCESS_KEY, S3Clients.SECRET_KEY))
        // StartSyncExecution's endpoint has the host prefix "sync-", which an IP address cannot
        // take: clients pointed at a local Sluice turn the prefix off.
        .overrideConfiguration(
            c -> c.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
        .build();
  }
}
