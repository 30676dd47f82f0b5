package dev.sluice.it.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.it.support.SnsClients;
import dev.sluice.it.support.StepFunctionsClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** A state machine's sns:publish task publishes to a topic whose HTTP subscriber receives it. */
@ExtendWith(SluiceExtension.class)
class StepFunctionsPublishTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anSnsPublishTaskSucceedsWithAMessageIdAndTheSubscriberReceivesIt(URI endpoint)
      throws Exception {
    var sns = SnsClients.sns(endpoint);
    var sfn = StepFunctionsClients.sfn(endpoint);
    var topicArn = sns.createTopic(b -> b.name("shipments")).topicArn();
    try (var subscriber = Subscriber.start()) {
      sns.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint(subscriber.url()));
      await().atMost(WAIT).until(() -> !subscriber.confirmations().isEmpty());
      var definition =
          """
          {"StartAt": "Announce", "States": {"Announce": {
            "Type": "Task", "Resource": "arn:aws:states:::sns:publish",
            "Parameters": {"TopicArn": "%s", "Subject": "Shipped", "Message.$": "$.text"},
            "End": true}}}
          """
              .formatted(topicArn);
      var machineArn =
          sfn.createStateMachine(
                  b ->
                      b.name("announcer").roleArn(StepFunctionsClients.ROLE).definition(definition))
              .stateMachineArn();

      var executionArn =
          sfn.startExecution(b -> b.stateMachineArn(machineArn).input("{\"text\":\"parcel 9\"}"))
              .executionArn();

      await()
          .atMost(WAIT)
          .until(
              () ->
                  sfn.describeExecution(b -> b.executionArn(executionArn)).status()
                      != ExecutionStatus.RUNNING);
      var execution = sfn.describeExecution(b -> b.executionArn(executionArn));
      assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      var messageId = JSON.readTree(execution.output()).path("MessageId").asText();
      assertThat(messageId).isNotEmpty();
      await().atMost(WAIT).until(() -> !subscriber.notifications().isEmpty());
      var envelope = subscriber.notifications().getFirst().json();
      assertThat(envelope.path("MessageId").asText()).isEqualTo(messageId);
      assertThat(envelope.path("Subject").asText()).isEqualTo("Shipped");
      assertThat(envelope.path("Message").asText()).isEqualTo("parcel 9");
      assertThat(SnsSignatures.valid(envelope)).isTrue();
    }
  }
}
