package dev.sluice.core.functions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.functions.ConfigurationChange;
import dev.sluice.core.functions.EventInvokeConfigInput;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The async consumer applies retries, maximum age, destinations and the dead-letter target. */
class AsyncInvocationRetriesTest extends FunctionsFixture {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:dlq";

  @BeforeEach
  void functions() {
    create("src");
    create("sink");
    functions.putEventInvokeConfig(
        CALLER, new EventInvokeConfigInput("src", null, 1, 60, ARN + "sink", ARN + "sink"));
    functions.updateFunctionConfiguration(
        CALLER,
        "src",
        new ConfigurationChange(null, null, null, null, null, null, null, null, QUEUE),
        null);
  }

  private OutboxEvent invokeEvent(int attempts, Instant createdAt) {
    var payload = Base64.getEncoder().encodeToString("{\"n\":1}".getBytes(StandardCharsets.UTF_8));
    var entry = "{\"requestId\":\"r-1\",\"qualifier\":null,\"payload\":\"" + payload + "\"}";
    return new OutboxEvent(
        7,
        "lambda",
        ARN + "src",
        "Invoke",
        entry,
        createdAt,
        EventStatus.PENDING,
        attempts,
        now.get(),
        null);
  }

  @Test
  void aFailureWithRetriesLeftIsAnsweredWithAnErrorSoTheDispatcherRetries() {
    runtime.outcome = ScriptedRuntime.failing("Boom");

    var result = functions.eventConsumer().deliver(invokeEvent(1, now.get()));

    assertThat(result.isOk()).isFalse();
    assertThat(catalog.events).isEmpty();
    assertThat(runtime.invocations)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.requestId()).isEqualTo("r-1");
              assertThat(new String(i.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":1}");
            });
  }

  @Test
  void theLastFailedAttemptGoesToOnFailureAndTheDeadLetterQueue() throws Exception {
    runtime.outcome = ScriptedRuntime.failing("Boom");

    var result = functions.eventConsumer().deliver(invokeEvent(2, now.get()));

    assertThat(result.isOk()).isTrue();
    assertThat(catalog.events)
        .extracting(e -> e.service() + " " + e.type() + " " + e.target())
        .containsExactly("lambda Destination " + ARN + "sink", "sqs DeadLetter " + QUEUE);
    var record = JSON.readTree(catalog.events.getFirst().payload());
    assertThat(record.path("requestContext").path("condition").asText())
        .isEqualTo("RetriesExhausted");
    assertThat(record.path("requestContext").path("approximateInvokeCount").asInt()).isEqualTo(2);
    assertThat(record.path("responseContext").path("functionError").asText())
        .isEqualTo("Unhandled");
    assertThat(record.path("responsePayload").path("errorType").asText()).isEqualTo("Boom");
    assertThat(catalog.events.get(1).payload()).isEqualTo("{\"n\":1}");
  }

  @Test
  void aSuccessGoesToOnSuccessWithTheResponse() throws Exception {
    runtime.outcome = ScriptedRuntime.returning("{\"done\":true}");

    var result = functions.eventConsumer().deliver(invokeEvent(1, now.get()));

    assertThat(result.isOk()).isTrue();
    var record = JSON.readTree(catalog.events.getFirst().payload());
    assertThat(record.path("requestContext").path("condition").asText()).isEqualTo("Success");
    assertThat(record.path("responseContext").has("functionError")).isFalse();
    assertThat(record.path("responsePayload").path("done").asBoolean()).isTrue();
    assertThat(catalog.events).hasSize(1);
  }

  @Test
  void anEventOlderThanTheMaximumAgeIsNotRun() throws Exception {
    var created = now.get();
    now.set(created.plus(Duration.ofSeconds(61)));

    var result = functions.eventConsumer().deliver(invokeEvent(1, created));

    assertThat(result.isOk()).isTrue();
    assertThat(runtime.invocations).isEmpty();
    var record = JSON.readTree(catalog.events.getFirst().payload());
    assertThat(record.path("requestContext").path("condition").asText())
        .isEqualTo("EventAgeExceeded");
  }

  @Test
  void anS3NotificationRunsWithS3sEventJsonAsItsPayload() {
    var s3Event = "{\"Records\":[{\"eventName\":\"ObjectCreated:Put\"}]}";
    var event =
        new OutboxEvent(
            9,
            "lambda",
            ARN + "sink",
            "s3:ObjectCreated:Put",
            s3Event,
            now.get(),
            EventStatus.PENDING,
            1,
            now.get(),
            null);

    functions.eventConsumer().deliver(event);

    assertThat(new String(runtime.invocations.getFirst().payload(), StandardCharsets.UTF_8))
        .isEqualTo(s3Event);
    assertThat(runtime.specs.getFirst().functionArn()).isEqualTo(ARN + "sink:$LATEST");
  }

  @Test
  void anEventForADeletedFunctionIsDropped() {
    functions.deleteFunction(CALLER, "sink", null);
    var event =
        new OutboxEvent(
            9,
            "lambda",
            ARN + "sink",
            "Invoke",
            "{}",
            now.get(),
            EventStatus.PENDING,
            1,
            now.get(),
            null);

    assertThat(functions.eventConsumer().deliver(event).isOk()).isTrue();
    assertThat(runtime.invocations).isEmpty();
  }
}
