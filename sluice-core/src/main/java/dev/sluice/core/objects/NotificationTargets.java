package dev.sluice.core.objects;

import java.util.Optional;

/**
 * Tells whether a notification target exists, for S3's "Unable to validate the following
 * destination configurations" check. A service that does not run yet answers empty: the check is
 * skipped and events for it wait in the outbox.
 */
@FunctionalInterface
public interface NotificationTargets {

  /** Empty when no service for this kind of target runs; otherwise whether {@code arn} exists. */
  Optional<Boolean> exists(NotificationTarget kind, String arn);

  static NotificationTargets unknown() {
    return (kind, arn) -> Optional.empty();
  }
}
