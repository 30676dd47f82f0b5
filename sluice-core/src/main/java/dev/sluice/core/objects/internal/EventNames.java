package dev.sluice.core.objects.internal;

import java.util.Set;

/** S3's notification event types and how configured names (with wildcards) match them. */
final class EventNames {

  static final String CREATED_PUT = "s3:ObjectCreated:Put";
  static final String CREATED_COPY = "s3:ObjectCreated:Copy";
  static final String CREATED_COMPLETE = "s3:ObjectCreated:CompleteMultipartUpload";
  static final String REMOVED_DELETE = "s3:ObjectRemoved:Delete";

  private static final Set<String> KNOWN =
      Set.of(
          "s3:ReducedRedundancyLostObject",
          "s3:ObjectCreated:*",
          CREATED_PUT,
          "s3:ObjectCreated:Post",
          CREATED_COPY,
          CREATED_COMPLETE,
          "s3:ObjectRemoved:*",
          REMOVED_DELETE,
          "s3:ObjectRemoved:DeleteMarkerCreated",
          "s3:ObjectRestore:*",
          "s3:ObjectRestore:Post",
          "s3:ObjectRestore:Completed",
          "s3:ObjectRestore:Delete",
          "s3:Replication:*",
          "s3:Replication:OperationFailedReplication",
          "s3:Replication:OperationNotTracked",
          "s3:Replication:OperationMissedThreshold",
          "s3:Replication:OperationReplicatedAfterThreshold",
          "s3:LifecycleTransition",
          "s3:IntelligentTiering",
          "s3:ObjectAcl:Put",
          "s3:LifecycleExpiration:*",
          "s3:LifecycleExpiration:Delete",
          "s3:LifecycleExpiration:DeleteMarkerCreated",
          "s3:ObjectTagging:*",
          "s3:ObjectTagging:Put",
          "s3:ObjectTagging:Delete",
          "s3:ObjectAnnotation:*",
          "s3:ObjectAnnotation:Put",
          "s3:ObjectAnnotation:Delete");

  private EventNames() {}

  static boolean isKnown(String configured) {
    return KNOWN.contains(configured);
  }

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
