package dev.sluice.core.objects;

import java.util.Set;

/**
 * The event names S3 knows in a notification configuration (the model's {@code Event}), and those
 * this store emits. The wire checks a configuration's names with {@link #isKnown} while it reads
 * the XML.
 */
public final class NotificationEventNames {

  public static final String CREATED_PUT = "s3:ObjectCreated:Put";
  public static final String CREATED_COPY = "s3:ObjectCreated:Copy";
  public static final String CREATED_COMPLETE = "s3:ObjectCreated:CompleteMultipartUpload";
  public static final String REMOVED_DELETE = "s3:ObjectRemoved:Delete";

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

  private NotificationEventNames() {}

  /** Whether S3 accepts {@code configured} as an event name (with or without a wildcard). */
  public static boolean isKnown(String configured) {
    return KNOWN.contains(configured);
  }
}
