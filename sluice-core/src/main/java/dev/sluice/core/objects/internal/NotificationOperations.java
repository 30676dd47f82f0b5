package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.NotificationConfiguration;
import dev.sluice.core.objects.NotificationTargets;
import dev.sluice.core.result.Result;

/**
 * PutBucketNotificationConfiguration (which commits S3's test events with the configuration) and
 * GetBucketNotificationConfiguration.
 */
final class NotificationOperations {

  private final Backend backend;
  private final NotificationValidator validator;

  NotificationOperations(Backend backend, NotificationTargets targets) {
    this.backend = backend;
    this.validator = new NotificationValidator(targets);
  }

  Result<Void> put(String bucket, NotificationConfiguration configuration) {
    var found = backend.bucket(bucket);
    if (!found.isOk()) {
      return Result.err(found.failure());
    }
    return validator
        .validate(configuration)
        .map(
            valid -> {
              var tests = TestEvents.of(bucket, valid, backend.clock().now());
              backend
                  .catalog()
                  .putBucketConfig(
                      bucket,
                      NotificationConfigJson.KIND,
                      NotificationConfigJson.write(valid),
                      tests);
              backend.committed(tests);
              return null;
            });
  }

  Result<NotificationConfiguration> get(String bucket) {
    return backend
        .bucket(bucket)
        .map(
            b ->
                backend
                    .catalog()
                    .findBucketConfig(bucket, NotificationConfigJson.KIND)
                    .map(NotificationConfigJson::read)
                    .orElseGet(NotificationConfiguration::empty));
  }
}
