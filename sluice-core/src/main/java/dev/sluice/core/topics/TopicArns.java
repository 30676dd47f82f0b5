package dev.sluice.core.topics;

/**
 * SNS's ARNs: a topic {@code arn:aws:sns:<region>:<account>:<name>}, a subscription {@code <topic
 * arn>:<uuid>}.
 */
public final class TopicArns {
  private TopicArns() {}

  public static String topic(String region, String account, String name) {
    return "arn:aws:sns:" + region + ":" + account + ":" + name;
  }

  /** Whether {@code arn} names a topic (six parts) rather than a subscription (seven). */
  public static boolean isTopic(String arn) {
    return arn != null && arn.startsWith("arn:aws:sns:") && arn.split(":", -1).length == 6;
  }

  /** The topic a subscription ARN belongs to. */
  public static String topicOf(String subscriptionArn) {
    return subscriptionArn.substring(0, subscriptionArn.lastIndexOf(':'));
  }
}
