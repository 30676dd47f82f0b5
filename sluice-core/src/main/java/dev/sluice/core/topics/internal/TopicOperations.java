package dev.sluice.core.topics.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.topics.CreateTopicInput;
import dev.sluice.core.topics.Page;
import dev.sluice.core.topics.Positioned;
import dev.sluice.core.topics.StoredTopic;
import dev.sluice.core.topics.TopicArns;
import dev.sluice.core.topics.TopicCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** CreateTopic, DeleteTopic, ListTopics and the topic attributes. */
final class TopicOperations {
  static final int PAGE_SIZE = 100;

  private final TopicCatalog catalog;

  TopicOperations(TopicCatalog catalog) {
    this.catalog = catalog;
  }

  Result<String> createTopic(CreateTopicInput input) {
    boolean fifo = "true".equalsIgnoreCase(input.attributes().get("FifoTopic"));
    Result<Void> checked =
        TopicNames.check(input.name(), fifo)
            .flatMap(ok -> TopicAttributeRules.checkAtCreation(input.attributes(), fifo))
            .flatMap(ok -> TagRules.check(input.tags()))
            .flatMap(ok -> TagRules.merge(List.of(), input.tags()).map(tags -> null));
    if (!checked.isOk()) {
      return Result.err(checked.failure());
    }
    String arn = TopicArns.topic(input.region(), input.account(), input.name());
    var topic = new StoredTopic(arn, fifo, attributes(input, fifo), input.tags());
    for (int attempt = 0; attempt < 3; attempt++) {
      Optional<StoredTopic> existing = catalog.topic(arn);
      if (existing.isPresent()) {
        return sameAs(existing.get(), topic).map(ok -> arn);
      }
      if (catalog.insertTopic(topic)) {
        return Result.ok(arn);
      }
    }
    throw new IllegalStateException("Topic " + arn + " kept appearing and disappearing");
  }

  private static Map<String, String> attributes(CreateTopicInput input, boolean fifo) {
    var attributes = new HashMap<>(input.attributes());
    attributes.remove("FifoTopic");
    if (fifo) {
      attributes.put("FifoTopic", "true");
    }
    if (input.dataProtectionPolicy() != null) {
      attributes.put("DataProtectionPolicy", input.dataProtectionPolicy());
    }
    return attributes;
  }

  /** CreateTopic again: the same topic when what was asked for matches what exists. */
  private static Result<Void> sameAs(StoredTopic existing, StoredTopic asked) {
    boolean sameAttributes =
        existing.fifo() == asked.fifo()
            && asked.attributes().entrySet().stream()
                .allMatch(e -> e.getValue().equals(existing.attributes().get(e.getKey())));
    if (!sameAttributes) {
      return SnsFailures.invalidParameter(
          "Attributes Reason: Topic already exists with different attributes");
    }
    if (!asked.tags().isEmpty() && !Map.copyOf(tagMap(asked)).equals(tagMap(existing))) {
      return SnsFailures.invalidParameter("Tags Reason: Topic already exists with different tags");
    }
    return Result.ok(null);
  }

  private static Map<String, String> tagMap(StoredTopic topic) {
    var tags = new HashMap<String, String>();
    topic.tags().forEach(t -> tags.put(t.key(), t.value()));
    return tags;
  }

  Result<Void> deleteTopic(String topicArn) {
    if (!TopicArns.isTopic(topicArn)) {
      return SnsFailures.invalidParameter("TopicArn");
    }
    catalog.deleteTopic(topicArn);
    return Result.ok(null);
  }

  Result<Page<String>> listTopics(String nextToken) {
    return PageTokens.after(nextToken)
        .map(
            after -> {
              List<Positioned<String>> rows = catalog.topics(after, PAGE_SIZE + 1);
              return PageTokens.page(rows, PAGE_SIZE);
            });
  }

  Result<StoredTopic> find(String topicArn) {
    if (!TopicArns.isTopic(topicArn)) {
      return SnsFailures.invalidParameter("TopicArn");
    }
    return catalog.topic(topicArn).map(Result::ok).orElseGet(SnsFailures::topicNotFound);
  }

  Result<Map<String, String>> getTopicAttributes(String topicArn) {
    return find(topicArn)
        .map(topic -> TopicAttributesView.of(topic, catalog.subscriptions(topic.arn())));
  }

  Result<Void> setTopicAttributes(String topicArn, String name, String value) {
    return find(topicArn).flatMap(topic -> set(topic, name, value));
  }

  private Result<Void> set(StoredTopic topic, String name, String value) {
    Result<Void> checked = TopicAttributeRules.check(name, value, topic.fifo());
    if (!checked.isOk()) {
      return checked;
    }
    var attributes = new HashMap<>(topic.attributes());
    if (value == null || (value.isEmpty() && !name.equals("DisplayName"))) {
      attributes.remove(name);
    } else {
      attributes.put(name, value);
    }
    return catalog.updateTopic(topic.withAttributes(attributes))
        ? Result.ok(null)
        : SnsFailures.topicNotFound();
  }
}
