package dev.sluice.core.objects.internal;

/**
 * How configured notification event names (with wildcards) match the events that happen; the names
 * themselves are {@link dev.sluice.core.objects.NotificationEventNames}.
 */
final class EventNames {

  private EventNames() {}

  /** Whether a configured name ({@code s3:ObjectCreated:*}) covers an event that happened. */
  static boolean matches(String configured, String happened) {
    return configured.equals(happened)
        || (isWildcard(configured) && happened.startsWith(wildcardStem(configured)));
  }

  /** Whether some event would match both configured names. */
  static boolean overlap(String a, String b) {
    return matches(a, b) || matches(b, a);
  }

  /** The event name without S3's {@code s3:} prefix, as the event JSON carries it. */
  static String recordName(String eventType) {
    return eventType.startsWith("s3:") ? eventType.substring(3) : eventType;
  }

  private static boolean isWildcard(String name) {
    return name.endsWith(":*");
  }

  private static String wildcardStem(String name) {
    return name.substring(0, name.length() - 1);
  }
}
