package dev.sluice.core.objects;

/**
 * The subject of the SNS messages S3 publishes: its object events and its {@code s3:TestEvent}
 * (outbox events of service {@code sns} whose type starts with {@code s3:}) carry {@value
 * #S3_SUBJECT}.
 */
public final class NotificationSubjects {
  public static final String S3_SUBJECT = "Amazon S3 Notification";

  private NotificationSubjects() {}

  /** The subject for an outbox event of this type, or null when it is not S3's. */
  public static String forEventType(String type) {
    return type != null && type.startsWith("s3:") ? S3_SUBJECT : null;
  }
}
