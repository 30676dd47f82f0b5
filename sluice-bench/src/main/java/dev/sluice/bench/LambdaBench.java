package dev.sluice.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** Lambda through the real AWS SDK for Java v2: the functions' control plane, and Invoke. */
final class LambdaBench implements AutoCloseable {
  private final LambdaClient lambda;

  LambdaBench(URI endpoint) {
    this.lambda =
        LambdaClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
            .httpClientBuilder(
                ApacheHttpClient.builder().maxConnections(16).socketTimeout(Duration.ofMinutes(2)))
            .build();
  }

  void create(String name, BenchRuntime runtime, byte[] zip, Map<String, String> environment) {
    create(name, runtime.id, runtime.handler, zip, environment);
  }

  void create(
      String name, String runtime, String handler, byte[] zip, Map<String, String> environment) {
    lambda.createFunction(
        b ->
            b.functionName(name)
                .runtime(runtime)
                .handler(handler)
                .role("arn:aws:iam::000000000000:role/bench")
                .timeout(30)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(zip)))
                .environment(e -> e.variables(environment)));
  }

  /** Replaces the function's environment: Sluice retires its warm instances. */
  void updateEnvironment(String name, Map<String, String> environment) {
    lambda.updateFunctionConfiguration(
        b -> b.functionName(name).environment(e -> e.variables(environment)));
  }

  /** A synchronous Invoke; fails when the function did. */
  void invoke(String name, byte[] payload) {
    var response =
        lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromByteArrayUnsafe(payload)));
    if (response.functionError() != null) {
      throw new IllegalStateException(
          "Invoke " + name + " failed: " + response.payload().asUtf8String());
    }
  }

  @Override
  public void close() {
    lambda.close();
  }
}
