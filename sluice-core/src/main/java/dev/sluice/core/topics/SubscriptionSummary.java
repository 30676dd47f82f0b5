package dev.sluice.core.topics;

/**
 * One entry of ListSubscriptions(ByTopic); {@code subscriptionArn} is {@code "PendingConfirmation"}
 * while the subscription waits for confirmation, as SNS lists it.
 */
public record SubscriptionSummary(
    String subscriptionArn, String owner, String protocol, String endpoint, String topicArn) {}
