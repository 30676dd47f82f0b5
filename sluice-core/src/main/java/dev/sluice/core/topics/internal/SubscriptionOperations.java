package dev.sluice.core.topics.internal;

import dev.sluice.core.events.EventSignal;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import dev.sluice.core.topics.Page;
import dev.sluice.core.topics.Positioned;
import dev.sluice.core.topics.StoredSubscription;
import dev.sluice.core.topics.StoredTopic;
import dev.sluice.core.topics.SubscribeInput;
import dev.sluice.core.topics.SubscriptionSummary;
import dev.sluice.core.topics.TopicCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Subscribe, ConfirmSubscription, Unsubscribe and the subscription attributes. */
final class SubscriptionOperations {
  static final String PENDING = "pending confirmation";

  private final TopicCatalog catalog;
  private final TopicOperations topics;
  private final Clock clock;
  private final EventSignal signal;

  SubscriptionOperations(
      TopicCatalog catalog, TopicOperations topics, Clock clock, EventSignal signal) {
    this.catalog = catalog;
    this.topics = topics;
    this.clock = clock;
    this.signal = signal;
  }

  Result<String> subscribe(SubscribeInput input) {
    return topics
        .find(input.topicArn())
        .flatMap(topic -> checked(topic, input).flatMap(ok -> subscribe(topic, input)));
  }

  private static Result<Void> checked(StoredTopic topic, SubscribeInput input) {
    Result<Void> endpoint = Endpoints.check(input.protocol(), input.endpoint(), topic.fifo());
    if (!endpoint.isOk()) {
      return endpoint;
    }
    for (var entry : input.attributes().entrySet()) {
      if (!SubscriptionAttributeRules.SETTABLE.contains(entry.getKey())) {
        return SnsFailures.invalidParameter(
            "Attributes Reason: Unknown attribute " + entry.getKey());
      }
      Result<Void> checked =
          SubscriptionAttributeRules.check(
              input.protocol(), entry.getKey(), entry.getValue(), input.attributes());
      if (!checked.isOk()) {
        return checked;
      }
    }
    return Result.ok(null);
  }

  private Result<String> subscribe(StoredTopic topic, SubscribeInput input) {
    Optional<StoredSubscription> existing =
        catalog.subscriptions(topic.arn()).stream()
            .filter(s -> s.protocol().equals(input.protocol()))
            .filter(s -> s.endpoint().equals(input.endpoint()))
            .findFirst();
    if (existing.isPresent()) {
      return same(existing.get(), input.attributes()).map(ok -> answer(existing.get(), input));
    }
    boolean pending = Endpoints.needsConfirmation(input.protocol());
    var attributes = new HashMap<>(input.attributes());
    attributes.put(SubscriptionAttributesView.AUTHENTICATED, Boolean.toString(!pending));
    var subscription =
        new StoredSubscription(
            topic.arn() + ":" + UUID.randomUUID(),
            topic.arn(),
            input.protocol(),
            input.endpoint(),
            topic.arn().split(":")[4],
            !pending,
            pending ? Confirmations.newToken() : null,
            attributes);
    List<NewEvent> events =
        pending
            ? List.of(
                Confirmations.subscriptionConfirmation(
                    topic, subscription, Timestamps.format(clock.now())))
            : List.of();
    if (!catalog.insertSubscription(subscription, events)) {
      return SnsFailures.topicNotFound();
    }
    if (!events.isEmpty()) {
      signal.eventsCommitted();
    }
    return Result.ok(answer(subscription, input));
  }

  private static Result<Void> same(StoredSubscription existing, Map<String, String> asked) {
    boolean same =
        asked.entrySet().stream()
            .allMatch(e -> e.getValue().equals(existing.attributes().get(e.getKey())));
    return same
        ? Result.ok(null)
        : SnsFailures.invalidParameter(
            "Attributes Reason: Subscription already exists with different attributes");
  }

  private static String answer(StoredSubscription subscription, SubscribeInput input) {
    return subscription.confirmed() || input.returnSubscriptionArn() ? subscription.arn() : PENDING;
  }

  Result<String> confirm(String topicArn, String token, String authenticateOnUnsubscribe) {
    if (token == null || token.isEmpty()) {
      return SnsFailures.invalidToken();
    }
    return topics.find(topicArn).flatMap(topic -> confirm(topic, token, authenticateOnUnsubscribe));
  }

  private Result<String> confirm(StoredTopic topic, String token, String authenticate) {
    Optional<StoredSubscription> found =
        catalog.subscriptions(topic.arn()).stream()
            .filter(s -> token.equals(s.token()))
            .findFirst();
    if (found.isEmpty()) {
      return SnsFailures.invalidToken();
    }
    StoredSubscription subscription = found.get();
    if (subscription.confirmed()) {
      return Result.ok(subscription.arn());
    }
    var attributes = new HashMap<>(subscription.attributes());
    attributes.put(
        SubscriptionAttributesView.AUTHENTICATED,
        Boolean.toString("true".equalsIgnoreCase(authenticate)));
    return catalog.updateSubscription(subscription.confirm(attributes))
        ? Result.ok(subscription.arn())
        : SnsFailures.invalidToken();
  }

  Result<Void> unsubscribe(String subscriptionArn) {
    return find(subscriptionArn).flatMap(this::unsubscribe);
  }

  private Result<Void> unsubscribe(StoredSubscription subscription) {
    Optional<StoredTopic> topic = catalog.topic(subscription.topicArn());
    List<NewEvent> events =
        topic.isPresent() && subscription.protocol().startsWith("http")
            ? List.of(
                Confirmations.unsubscribeConfirmation(
                    topic.get(), subscription, Timestamps.format(clock.now())))
            : List.of();
    if (!catalog.deleteSubscription(subscription.arn(), events)) {
      return SnsFailures.subscriptionNotFound();
    }
    if (!events.isEmpty()) {
      signal.eventsCommitted();
    }
    return Result.ok(null);
  }

  Result<StoredSubscription> find(String subscriptionArn) {
    if (subscriptionArn == null || subscriptionArn.split(":", -1).length != 7) {
      return SnsFailures.invalidParameter("SubscriptionArn");
    }
    return catalog
        .subscription(subscriptionArn)
        .map(Result::ok)
        .orElseGet(SnsFailures::subscriptionNotFound);
  }

  Result<Map<String, String>> attributes(String subscriptionArn) {
    return find(subscriptionArn)
        .map(s -> SubscriptionAttributesView.of(s, catalog.topic(s.topicArn()).orElse(null)));
  }

  Result<Void> setAttribute(String subscriptionArn, String name, String value) {
    return find(subscriptionArn).flatMap(s -> set(s, name, value));
  }

  private Result<Void> set(StoredSubscription subscription, String name, String value) {
    var attributes = new HashMap<>(subscription.attributes());
    if (value == null || value.isEmpty()) {
      attributes.remove(name);
    } else {
      attributes.put(name, value);
    }
    Result<Void> checked =
        SubscriptionAttributeRules.check(subscription.protocol(), name, value, attributes);
    if (!checked.isOk()) {
      return checked;
    }
    return catalog.updateSubscription(subscription.withAttributes(attributes))
        ? Result.ok(null)
        : SnsFailures.subscriptionNotFound();
  }

  Result<Page<SubscriptionSummary>> list(String topicArn, String nextToken) {
    return PageTokens.after(nextToken)
        .map(
            after -> {
              var rows = catalog.listSubscriptions(topicArn, after, TopicOperations.PAGE_SIZE + 1);
              var summaries =
                  rows.stream()
                      .map(row -> new Positioned<>(row.position(), summary(row.value())))
                      .toList();
              return PageTokens.page(summaries, TopicOperations.PAGE_SIZE);
            });
  }

  private static SubscriptionSummary summary(StoredSubscription s) {
    return new SubscriptionSummary(
        s.confirmed() ? s.arn() : "PendingConfirmation",
        s.owner(),
        s.protocol(),
        s.endpoint(),
        s.topicArn());
  }
}
