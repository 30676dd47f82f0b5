package dev.sluice.it.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.LogsClients;
import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/**
 * Reserved concurrency 1: a second synchronous invoke is throttled; an asynchronous one waits its
 * turn and keeps all its retries.
 */
@ExtendWith(SluiceExtension.class)
class ReservedConcurrencyTest {
  private static final String SLOW =
      """
      exports.handler = async (event) => {
        await new Promise((done) => setTimeout(done, event.sleep || 0));
        if (event.fail) { throw new Error('failing on purpose'); }
        return 'done';
      };
      """;
  private static LambdaClient lambda;
  private static CloudWatchLogsClient logs;

  @BeforeAll
  static void clients(URI endpoint) {
    // No SDK retries: the SDK retries a 429 by itself, which would hide the throttle.
    lambda =
        LambdaClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(S3Clients.credentials(S3Clients.ACCESS_KEY, S3Clients.SECRET_KEY))
            .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
            .build();
    logs = LogsClients.logs(endpoint);
  }

  private static void createSlow(String name) {
    lambda.createFunction(
        LambdaClients.request(name, LambdaClients.zip(Map.of("index.js", SLOW)))
            .timeout(10)
            .build());
    lambda.putFunctionConcurrency(b -> b.functionName(name).reservedConcurrentExecutions(1));
  }

  private static InvokeResponse invoke(String name, String payload) {
    return lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String(payload)));
  }

  @Test
  void twoConcurrentSynchronousInvokesOfASlowFunctionThrottleOne() throws Exception {
    createSlow("one-at-a-time");
    invoke("one-at-a-time", "{}"); // warm, so both calls race for the slot, not for a cold start

    var outcomes = new ArrayList<Object>();
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      Callable<Object> call =
          () -> {
            try {
              return invoke("one-at-a-time", "{\"sleep\": 2000}").payload().asUtf8String();
            } catch (TooManyRequestsException e) {
              return e;
            }
          };
      var futures = List.of(pool.submit(call), pool.submit(call));
      for (Future<Object> future : futures) {
        outcomes.add(future.get());
      }
    }

    assertThat(outcomes).filteredOn(TooManyRequestsException.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn("\"done\""::equals).hasSize(1);
  }

  @Test
  void aThrottledEventInvokeRunsLaterWithAllItsRetries() throws Exception {
    createSlow("queued");
    lambda.putFunctionEventInvokeConfig(b -> b.functionName("queued").maximumRetryAttempts(1));
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      var holder = pool.submit(() -> invoke("queued", "{\"sleep\": 3000}"));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> startsOf("queued").stream().anyMatch(s -> s.contains("START")));

      var event =
          lambda.invoke(
              b ->
                  b.functionName("queued")
                      .invocationType(InvocationType.EVENT)
                      .payload(SdkBytes.fromUtf8String("{\"fail\": true}")));
      var requestId = event.responseMetadata().requestId();

      assertThat(holder.get().functionError()).isNull();
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(250))
          .failFast(() -> starts("queued", requestId) > 2)
          .untilAsserted(
              () ->
                  assertThat(List.of(starts("queued", requestId), ends("queued", requestId)))
                      .as(allLines("queued"))
                      .containsExactly(2L, 2L));
      Thread.sleep(3_000); // no third run: one attempt plus MaximumRetryAttempts 1
      assertThat(starts("queued", requestId)).isEqualTo(2);
    }
  }

  private static List<String> startsOf(String name) {
    try {
      return logs
          .filterLogEvents(b -> b.logGroupName("/aws/lambda/" + name).filterPattern("START"))
          .events()
          .stream()
          .map(e -> e.message())
          .toList();
    } catch (software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException e) {
      return List.of();
    }
  }

  private static String allLines(String name) {
    return String.join(
        "\n",
        logs.filterLogEvents(b -> b.logGroupName("/aws/lambda/" + name)).events().stream()
            .map(e -> e.message())
            .toList());
  }

  private static long starts(String name, String requestId) {
    return startsOf(name).stream().filter(m -> m.contains("RequestId: " + requestId)).count();
  }

  private static long ends(String name, String requestId) {
    return logs
        .filterLogEvents(b -> b.logGroupName("/aws/lambda/" + name).filterPattern("REPORT"))
        .events()
        .stream()
        .filter(e -> e.message().contains("RequestId: " + requestId))
        .count();
  }
}
