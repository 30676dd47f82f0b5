package dev.sluice.core.topics;

import java.util.Map;

/**
 * A subscription as the catalog keeps it: confirmed or waiting for the confirmation {@code token}
 * (kept after confirmation, so that confirming twice succeeds; null for subscriptions confirmed at
 * once), with the attributes set by the caller.
 */
public record StoredSubscription(
    String arn,
    String topicArn,
    String protocol,
    String endpoint,
    String owner,
    boolean confirmed,
    String token,
    Map<String, String> attributes) {
  public StoredSubscription {
    attributes = Map.copyOf(attributes);
  }

  public StoredSubscription withAttributes(Map<String, String> changed) {
    return new StoredSubscription(
        arn, topicArn, protocol, endpoint, owner, confirmed, token, changed);
  }

  public StoredSubscription confirm(Map<String, String> changed) {
    return new StoredSubscription(arn, topicArn, protocol, endpoint, owner, true, token, changed);
  }
}
