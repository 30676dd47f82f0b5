package dev.sluice.core.objects;

import java.util.List;

/**
 * One Lambda, Topic or Queue configuration of a bucket's notification configuration.
 *
 * @param id the configuration's Id (S3 generates one when the client sends none)
 * @param events event names as configured, e.g. {@code s3:ObjectCreated:*}
 * @param prefix the {@code prefix} filter rule's value, or null
 * @param suffix the {@code suffix} filter rule's value, or null
 */
public record NotificationRule(
    String id,
    NotificationTarget target,
    String targetArn,
    List<String> events,
    String prefix,
    String suffix) {

  public NotificationRule {
    events = List.copyOf(events);
  }
}
