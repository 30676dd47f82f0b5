package dev.sluice.core.objects.internal;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.objects.Bucket;
import dev.sluice.core.objects.NotificationConfiguration;
import dev.sluice.core.objects.NotificationRule;
import dev.sluice.core.objects.ObjectCatalog;
import dev.sluice.core.objects.RequestContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Turns a change into the outbox events the bucket's notification configuration asks for: one per
 * matching rule, addressed to the rule's destination.
 */
final class ObjectEvents {

  private final ObjectCatalog catalog;
  private final AtomicReference<Parsed> lastParsed = new AtomicReference<>(new Parsed("", null));

  ObjectEvents(ObjectCatalog catalog) {
    this.catalog = catalog;
  }

  List<NewEvent> of(Bucket bucket, ObjectChange change, RequestContext context, Instant time) {
    var events = new ArrayList<NewEvent>();
    for (var rule : configuration(bucket.name()).rules()) {
      if (matches(rule, change)) {
        String payload = S3EventJson.payload(change, bucket, context, rule.id(), time);
        events.add(
            new NewEvent(rule.target().service(), rule.targetArn(), change.eventType(), payload));
      }
    }
    return events;
  }

  static boolean matches(NotificationRule rule, ObjectChange change) {
    return rule.events().stream().anyMatch(e -> EventNames.matches(e, change.eventType()))
        && (rule.prefix() == null || change.key().startsWith(rule.prefix()))
        && (rule.suffix() == null || change.key().endsWith(rule.suffix()));
  }

  private NotificationConfiguration configuration(String bucket) {
    var json = catalog.findBucketConfig(bucket, NotificationConfigJson.KIND);
    if (json.isEmpty()) {
      return NotificationConfiguration.empty();
    }
    Parsed cached = lastParsed.get();
    if (cached.json().equals(json.get())) {
      return cached.configuration();
    }
    var parsed = new Parsed(json.get(), NotificationConfigJson.read(json.get()));
    lastParsed.set(parsed);
    return parsed.configuration();
  }

  private record Parsed(String json, NotificationConfiguration configuration) {}
}
