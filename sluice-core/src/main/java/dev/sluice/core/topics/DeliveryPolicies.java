package dev.sluice.core.topics;

import dev.sluice.core.result.Result;

/**
 * SNS's delivery policies for http/https: checking a topic's ({@code {"http": {
 * "defaultHealthyRetryPolicy": ..., "disableSubscriptionOverrides": ..., ...}}}) and a
 * subscription's ({@code {"healthyRetryPolicy": ..., "throttlePolicy": ..., "requestPolicy": ...}})
 * as SNS checks them, and the effective policy SNS reports and deliveries follow. CONTRACT: the
 * topics-delivery work replaces this body.
 */
public final class DeliveryPolicies {
  private DeliveryPolicies() {}

  /** A topic's DeliveryPolicy; {@code InvalidParameter} with SNS's message when SNS refuses it. */
  public static Result<Void> checkTopicPolicy(String json) {
    throw new UnsupportedOperationException("delivery policies are being written");
  }

  /** A subscription's DeliveryPolicy; {@code InvalidParameter} when SNS refuses it. */
  public static Result<Void> checkSubscriptionPolicy(String json) {
    throw new UnsupportedOperationException("delivery policies are being written");
  }

  /** The topic's EffectiveDeliveryPolicy attribute: its policy over SNS's defaults. */
  public static String effectiveTopicPolicy(String topicPolicyJson) {
    throw new UnsupportedOperationException("delivery policies are being written");
  }

  /**
   * An http/https subscription's EffectiveDeliveryPolicy (subscription-shaped JSON): the
   * subscription's policy over the topic's defaults over SNS's (the topic's alone when it disables
   * subscription overrides). Either argument may be null. This is what {@link
   * TopicDelivery#deliveryPolicy()} carries.
   */
  public static String effective(String topicPolicyJson, String subscriptionPolicyJson) {
    throw new UnsupportedOperationException("delivery policies are being written");
  }
}
