package dev.sluice.it.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.it.support.AdminEvents;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/**
 * An asynchronous invocation that fails (no runtime is wired here) goes to its OnFailure
 * destination with Lambda's invocation record, and its event to the dead-letter queue.
 */
@ExtendWith(SluiceExtension.class)
class AsyncDestinationsTest {
  static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:dead-letters";
  static LambdaClient lambda;
  static URI endpoint;

  @BeforeAll
  static void functions(URI uri) {
    endpoint = uri;
    lambda = LambdaClients.lambda(uri);
    lambda.createFunction(
        LambdaClients.request(
                "async-source",
                LambdaClients.zip(
                    Map.of(
                        "index.js",
                        "exports.handler = async () => { throw new Error('order refused'); };")))
            .deadLetterConfig(d -> d.targetArn(QUEUE))
            .build());
    LambdaClients.create(lambda, "async-failures", LambdaClients.nodeZip("1"));
    lambda.putFunctionEventInvokeConfig(
        b ->
            b.functionName("async-source")
                .maximumRetryAttempts(0)
                .destinationConfig(
                    d ->
                        d.onFailure(
                            f -> f.destination(LambdaClients.ARN_PREFIX + "async-failures"))));
  }

  private static List<JsonNode> eventsOf(String service, String type) throws Exception {
    var all = new java.util.ArrayList<JsonNode>();
    for (var status : List.of("PENDING", "DELIVERED", "FAILED")) {
      AdminEvents.list(endpoint, status).stream()
          .filter(e -> e.path("service").asText().equals(service))
          .filter(e -> e.path("type").asText().equals(type))
          .forEach(all::add);
    }
    return all;
  }

  @Test
  void aFailedEventGoesToItsFailureDestinationAndDeadLetterQueue() throws Exception {
    var response =
        lambda.invoke(
            b ->
                b.functionName("async-source")
                    .invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromUtf8String("{\"order\":7}")));
    var requestId = response.responseMetadata().requestId();

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                !eventsOf("lambda", "Destination").isEmpty()
                    && !eventsOf("sqs", "DeadLetter").isEmpty());

    var destination = eventsOf("lambda", "Destination").getFirst();
    assertThat(destination.path("target").asText())
        .isEqualTo(LambdaClients.ARN_PREFIX + "async-failures");
    var record = AdminEvents.payload(destination);
    assertThat(record.path("version").asText()).isEqualTo("1.0");
    assertThat(record.path("requestContext").path("requestId").asText()).isEqualTo(requestId);
    assertThat(record.path("requestContext").path("functionArn").asText())
        .isEqualTo(LambdaClients.ARN_PREFIX + "async-source:$LATEST");
    assertThat(record.path("requestContext").path("condition").asText())
        .isEqualTo("RetriesExhausted");
    assertThat(record.path("requestContext").path("approximateInvokeCount").asInt()).isEqualTo(1);
    assertThat(record.path("requestPayload").path("order").asInt()).isEqualTo(7);
    assertThat(record.path("responseContext").path("functionError").asText())
        .isEqualTo("Unhandled");
    assertThat(record.path("responsePayload").path("errorType").asText()).isEqualTo("Error");
    assertThat(record.path("responsePayload").path("errorMessage").asText())
        .isEqualTo("order refused");

    var deadLetter = eventsOf("sqs", "DeadLetter").getFirst();
    assertThat(deadLetter.path("target").asText()).isEqualTo(QUEUE);
    assertThat(deadLetter.path("status").asText()).isEqualTo("PENDING");
    assertThat(AdminEvents.payload(deadLetter).path("order").asInt()).isEqualTo(7);
  }
}
