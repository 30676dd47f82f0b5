package dev.sluice.core.topics.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.topics.MessageAttribute;
import dev.sluice.core.topics.TopicDelivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SigningKey KEY = SigningKey.generate(Instant.parse("2026-01-01T00:00:00Z"));
  private static final String TOPIC = "arn:aws:sns:us-east-1:000000000000:t";
  private final Envelopes envelopes =
      new Envelopes(new SnsUrls(() -> "http://localhost:4566/"), () -> KEY);

  private static TopicDelivery delivery(
      String kind, String subject, Map<String, MessageAttribute> attributes, String sequence) {
    return new TopicDelivery(
        kind,
        "m-1",
        TOPIC,
        TOPIC + ":s-1",
        "http",
        "http://x",
        subject,
        "hi",
        "2026-01-01T00:00:00.000Z",
        attributes,
        false,
        null,
        null,
        kind.equals(TopicDelivery.NOTIFICATION) ? null : "tok",
        null,
        "1",
        null,
        null,
        sequence);
  }

  private static List<String> names(JsonNode node) {
    var names = new ArrayList<String>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void leavesOutAnAbsentSubjectAndEmptyAttributes() throws Exception {
    var json =
        JSON.readTree(envelopes.json(delivery(TopicDelivery.NOTIFICATION, null, Map.of(), null)));
    assertThat(names(json))
        .containsExactly(
            "Type",
            "MessageId",
            "TopicArn",
            "Message",
            "Timestamp",
            "SignatureVersion",
            "Signature",
            "SigningCertURL",
            "UnsubscribeURL");
    assertThat(json.get("UnsubscribeURL").asText())
        .isEqualTo(
            "http://localhost:4566/?Action=Unsubscribe&SubscriptionArn="
                + "arn%3Aaws%3Asns%3Aus-east-1%3A000000000000%3At%3As-1");
  }

  @Test
  void writesBinaryAttributesAsBase64AndPutsTheSequenceNumberAfterTheMessageId() throws Exception {
    var attributes =
        Map.of(
            "bin",
            new MessageAttribute("Binary", null, new byte[] {1, 2}),
            "n",
            new MessageAttribute("Number", "5", null));
    var json =
        JSON.readTree(envelopes.json(delivery(TopicDelivery.NOTIFICATION, "s", attributes, "10")));
    assertThat(names(json).subList(0, 5))
        .containsExactly("Type", "MessageId", "SequenceNumber", "TopicArn", "Subject");
    assertThat(json.get("MessageAttributes").toString())
        .isEqualTo(
            "{\"bin\":{\"Type\":\"Binary\",\"Value\":\"AQI=\"},"
                + "\"n\":{\"Type\":\"Number\",\"Value\":\"5\"}}");
  }

  @Test
  void writesAConfirmationWithTokenAndSubscribeUrlAndNoUnsubscribeUrl() throws Exception {
    var json =
        JSON.readTree(
            envelopes.json(delivery(TopicDelivery.SUBSCRIPTION_CONFIRMATION, "s", Map.of(), null)));
    assertThat(names(json))
        .containsExactly(
            "Type",
            "MessageId",
            "Token",
            "TopicArn",
            "Message",
            "SubscribeURL",
            "Timestamp",
            "SignatureVersion",
            "Signature",
            "SigningCertURL");
    assertThat(json.get("SubscribeURL").asText())
        .isEqualTo(
            "http://localhost:4566/?Action=ConfirmSubscription&TopicArn="
                + "arn%3Aaws%3Asns%3Aus-east-1%3A000000000000%3At&Token=tok");
  }

  @Test
  void writesLambdasEventWithItsOwnSpellingsAndANullSubject() throws Exception {
    var event =
        JSON.readTree(
            envelopes.lambdaEvent(delivery(TopicDelivery.NOTIFICATION, null, Map.of(), null)));
    var sns = event.get("Records").get(0).get("Sns");
    assertThat(names(sns))
        .containsExactly(
            "Type",
            "MessageId",
            "TopicArn",
            "Subject",
            "Message",
            "Timestamp",
            "SignatureVersion",
            "Signature",
            "SigningCertUrl",
            "UnsubscribeUrl",
            "MessageAttributes");
    assertThat(sns.get("Subject").isNull()).isTrue();
    assertThat(sns.get("MessageAttributes").isEmpty()).isTrue();
    assertThat(sns.get("SigningCertUrl").asText())
        .isEqualTo(
            "http://localhost:4566/_sluice/sns/SimpleNotificationService-" + KEY.keyId() + ".pem");
  }
}
