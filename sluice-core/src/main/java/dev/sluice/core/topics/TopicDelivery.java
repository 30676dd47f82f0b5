package dev.sluice.core.topics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * One message on its way to one subscription: the payload of an outbox event of service {@link
 * #SERVICE}, type {@link #TYPE}, whose target is the subscription ARN. Publish (and Subscribe,
 * Unsubscribe for the confirmation messages) commit these; the topics' event consumer delivers
 * them. Self-contained: delivery needs nothing else from the catalog.
 *
 * @param kind {@code Notification}, {@code SubscriptionConfirmation} or {@code
 *     UnsubscribeConfirmation}
 * @param protocol {@code http}, {@code https}, {@code email}, {@code email-json}, {@code lambda},
 *     {@code sqs}, ...
 * @param endpoint the subscription's endpoint (a URL, an address, a function or queue ARN)
 * @param subject the subject, or null
 * @param message the text for this protocol (already chosen from a {@code MessageStructure=json}
 *     document); for confirmations SNS's own text
 * @param timestamp when SNS accepted the message, as SNS writes it ({@code
 *     2012-05-02T00:54:06.655Z}: UTC, milliseconds)
 * @param rawMessageDelivery the subscription's RawMessageDelivery
 * @param deliveryPolicy the effective DeliveryPolicy JSON (subscription's, else the topic's), or
 *     null
 * @param deadLetterTargetArn from the subscription's RedrivePolicy, or null
 * @param token the confirmation token (confirmations only), else null
 * @param topicDisplayName the topic's DisplayName (the e-mail sender's name), or null
 * @param signatureVersion the topic's SignatureVersion, {@code "1"} (SHA1withRSA) or {@code "2"}
 *     (SHA256withRSA)
 * @param messageGroupId FIFO only, else null
 * @param messageDeduplicationId FIFO only, else null
 * @param sequenceNumber FIFO only, else null
 */
public record TopicDelivery(
    String kind,
    String messageId,
    String topicArn,
    String subscriptionArn,
    String protocol,
    String endpoint,
    String subject,
    String message,
    String timestamp,
    Map<String, MessageAttribute> messageAttributes,
    boolean rawMessageDelivery,
    String deliveryPolicy,
    String deadLetterTargetArn,
    String token,
    String topicDisplayName,
    String signatureVersion,
    String messageGroupId,
    String messageDeduplicationId,
    String sequenceNumber) {

  /** The outbox service topics consume. */
  public static final String SERVICE = "sns";

  /** The outbox event type of a delivery; every other type of service {@code sns} is a publish. */
  public static final String TYPE = "Deliver";

  public static final String NOTIFICATION = "Notification";
  public static final String SUBSCRIPTION_CONFIRMATION = "SubscriptionConfirmation";
  public static final String UNSUBSCRIBE_CONFIRMATION = "UnsubscribeConfirmation";

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public TopicDelivery {
    messageAttributes = messageAttributes == null ? Map.of() : Map.copyOf(messageAttributes);
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A delivery could not be written as JSON", e);
    }
  }

  public static TopicDelivery fromJson(String json) {
    try {
      return JSON.readValue(json, TopicDelivery.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A delivery event is not a delivery: " + json, e);
    }
  }
}
