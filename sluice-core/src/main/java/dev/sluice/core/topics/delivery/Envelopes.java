package dev.sluice.core.topics.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.topics.MessageAttribute;
import dev.sluice.core.topics.TopicDelivery;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The JSON SNS sends: the envelope for http/https, email-json and sqs (in SNS's field order,
 * signed), and the event Lambda receives (with Lambda's own spellings).
 */
public final class Envelopes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SnsUrls urls;
  private final Supplier<SigningKey> keys;
  private final RecentSignatures signatures = new RecentSignatures();

  public Envelopes(SnsUrls urls, Supplier<SigningKey> keys) {
    this.urls = urls;
    this.keys = keys;
  }

  /** The envelope's text fields, in SNS's order, signed. */
  public Map<String, String> fields(TopicDelivery d) {
    var key = keys.get();
    var fields = new LinkedHashMap<String, String>();
    fields.put("Type", d.kind());
    fields.put("MessageId", d.messageId());
    if (d.sequenceNumber() != null) {
      fields.put("SequenceNumber", d.sequenceNumber());
    }
    var notification = TopicDelivery.NOTIFICATION.equals(d.kind());
    if (!notification) {
      fields.put("Token", d.token());
    }
    fields.put("TopicArn", d.topicArn());
    if (notification && d.subject() != null) {
      fields.put("Subject", d.subject());
    }
    fields.put("Message", d.message());
    if (!notification) {
      fields.put("SubscribeURL", urls.subscribe(d.topicArn(), d.token()));
    }
    fields.put("Timestamp", d.timestamp());
    var version = d.signatureVersion() == null ? "1" : d.signatureVersion();
    fields.put("SignatureVersion", version);
    fields.put("Signature", signatures.sign(key, version, fields));
    fields.put("SigningCertURL", urls.signingCert(key.keyId()));
    if (notification) {
      fields.put("UnsubscribeURL", urls.unsubscribe(d.subscriptionArn()));
    }
    return fields;
  }

  /** The envelope as JSON: its fields, then MessageAttributes when there are any. */
  public String json(TopicDelivery d) {
    var node = JSON.createObjectNode();
    fields(d).forEach(node::put);
    if (TopicDelivery.NOTIFICATION.equals(d.kind()) && !d.messageAttributes().isEmpty()) {
      node.set("MessageAttributes", attributes(d.messageAttributes()));
    }
    return node.toString();
  }

  /** SNS's event for a Lambda subscription. */
  public String lambdaEvent(TopicDelivery d) {
    var fields = fields(d);
    var sns = JSON.createObjectNode();
    sns.put("Type", fields.get("Type"));
    sns.put("MessageId", fields.get("MessageId"));
    sns.put("TopicArn", fields.get("TopicArn"));
    sns.put("Subject", fields.get("Subject"));
    sns.put("Message", fields.get("Message"));
    sns.put("Timestamp", fields.get("Timestamp"));
    sns.put("SignatureVersion", fields.get("SignatureVersion"));
    sns.put("Signature", fields.get("Signature"));
    sns.put("SigningCertUrl", fields.get("SigningCertURL"));
    sns.put("UnsubscribeUrl", fields.get("UnsubscribeURL"));
    sns.set("MessageAttributes", attributes(d.messageAttributes()));
    var record = JSON.createObjectNode();
    record.put("EventSource", "aws:sns");
    record.put("EventVersion", "1.0");
    record.put("EventSubscriptionArn", d.subscriptionArn());
    record.set("Sns", sns);
    var event = JSON.createObjectNode();
    event.putArray("Records").add(record);
    return event.toString();
  }

  private static ObjectNode attributes(Map<String, MessageAttribute> attributes) {
    var node = JSON.createObjectNode();
    new java.util.TreeMap<>(attributes)
        .forEach(
            (name, a) -> {
              var entry = node.putObject(name);
              entry.put("Type", a.dataType());
              entry.put(
                  "Value",
                  a.binaryValue() != null
                      ? Base64.getEncoder().encodeToString(a.binaryValue())
                      : a.stringValue());
            });
    return node;
  }
}
