package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.NotificationConfiguration;
import dev.sluice.core.objects.NotificationEventNames;
import dev.sluice.core.objects.NotificationRule;
import dev.sluice.core.objects.NotificationTarget;
import dev.sluice.core.objects.NotificationTargets;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a notification configuration as PutBucketNotificationConfiguration does: known event
 * names, no two rules that could both fire for one event and key, destinations that exist. Fills in
 * the Ids S3 generates for rules without one.
 */
final class NotificationValidator {

  private final NotificationTargets targets;

  NotificationValidator(NotificationTargets targets) {
    this.targets = targets;
  }

  Result<NotificationConfiguration> validate(NotificationConfiguration configuration) {
    var rules = configuration.rules();
    Optional<Failure> failure = firstOf(eventNames(rules), ambiguity(rules), destinations(rules));
    if (failure.isPresent()) {
      return Result.err(failure.get());
    }
    return Result.ok(
        new NotificationConfiguration(
            rules.stream().map(NotificationValidator::withId).toList(),
            configuration.eventBridge()));
  }

  @SafeVarargs
  private static Optional<Failure> firstOf(Optional<Failure>... checks) {
    for (var check : checks) {
      if (check.isPresent()) {
        return check;
      }
    }
    return Optional.empty();
  }

  private static Optional<Failure> eventNames(List<NotificationRule> rules) {
    for (var rule : rules) {
      if (rule.events().isEmpty()) {
        return Optional.of(S3Failures.malformedXml());
      }
      for (var event : rule.events()) {
        if (!NotificationEventNames.isKnown(event)) {
          return Optional.of(S3Failures.unsupportedEvent(event));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Failure> ambiguity(List<NotificationRule> rules) {
    for (int i = 0; i < rules.size(); i++) {
      for (int j = i + 1; j < rules.size(); j++) {
        if (overlap(rules.get(i), rules.get(j))) {
          return Optional.of(S3Failures.ambiguousNotification());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean overlap(NotificationRule a, NotificationRule b) {
    boolean events =
        a.events().stream()
            .anyMatch(x -> b.events().stream().anyMatch(y -> EventNames.overlap(x, y)));
    String pa = orEmpty(a.prefix());
    String pb = orEmpty(b.prefix());
    String sa = orEmpty(a.suffix());
    String sb = orEmpty(b.suffix());
    return events
        && (pa.startsWith(pb) || pb.startsWith(pa))
        && (sa.endsWith(sb) || sb.endsWith(sa));
  }

  private Optional<Failure> destinations(List<NotificationRule> rules) {
    var unvalidated = new ArrayList<Map.Entry<String, String>>();
    for (var rule : rules) {
      if (targets.exists(rule.target(), rule.targetArn()).equals(Optional.of(false))) {
        unvalidated.add(Map.entry(rule.targetArn(), reason(rule.target(), rule.targetArn())));
      }
    }
    return unvalidated.isEmpty()
        ? Optional.empty()
        : Optional.of(S3Failures.unvalidatedDestinations(unvalidated));
  }

  private static String reason(NotificationTarget target, String arn) {
    return switch (target) {
      case LAMBDA -> "Not authorized to invoke function [" + arn + "]";
      case TOPIC ->
          "Permissions on the destination topic do not allow S3 to publish notifications from"
              + " this bucket";
      case QUEUE ->
          "Permissions on the destination queue do not allow S3 to publish notifications from"
              + " this bucket";
    };
  }

  /** S3 names an unnamed rule with a random id (the base64 of a UUID). */
  private static NotificationRule withId(NotificationRule rule) {
    if (rule.id() != null && !rule.id().isBlank()) {
      return rule;
    }
    String id =
        Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    return new NotificationRule(
        id, rule.target(), rule.targetArn(), rule.events(), rule.prefix(), rule.suffix());
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
