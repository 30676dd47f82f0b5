package dev.sluice.core.topics;

import java.util.Map;

/** Subscribe's input; {@code endpoint} may be null (SNS then answers InvalidParameter). */
public record SubscribeInput(
    String topicArn,
    String protocol,
    String endpoint,
    Map<String, String> attributes,
    boolean returnSubscriptionArn) {
  public SubscribeInput {
    attributes = Map.copyOf(attributes);
  }
}
