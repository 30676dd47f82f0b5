package dev.sluice.core.objects;

import java.util.List;
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

  /** Asks each service in turn; the first that knows the kind of target answers. */
  static NotificationTargets of(NotificationTargets... services) {
    List<NotificationTargets> all = List.of(services);
    return (kind, arn) ->
        all.stream()
            .map(service -> service.exists(kind, arn))
            .flatMap(Optional::stream)
            .findFirst();
  }
}
