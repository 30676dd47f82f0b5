package dev.sluice.core.topics.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.topics.StoredTopic;
import dev.sluice.core.topics.Tag;
import dev.sluice.core.topics.TopicArns;
import dev.sluice.core.topics.TopicCatalog;
import java.util.HashSet;
import java.util.List;

/** TagResource, UntagResource and ListTagsForResource on topics. */
final class TagOperations {
  private final TopicCatalog catalog;

  TagOperations(TopicCatalog catalog) {
    this.catalog = catalog;
  }

  private Result<StoredTopic> find(String resourceArn) {
    if (!TopicArns.isTopic(resourceArn)) {
      return SnsFailures.resourceNotFound();
    }
    return catalog.topic(resourceArn).map(Result::ok).orElseGet(SnsFailures::resourceNotFound);
  }

  Result<Void> tag(String resourceArn, List<Tag> tags) {
    return find(resourceArn)
        .flatMap(
            topic ->
                TagRules.check(tags)
                    .flatMap(ok -> TagRules.merge(topic.tags(), tags))
                    .flatMap(merged -> save(topic.withTags(merged))));
  }

  Result<Void> untag(String resourceArn, List<String> keys) {
    var removed = new HashSet<>(keys);
    return find(resourceArn)
        .flatMap(
            topic ->
                save(
                    topic.withTags(
                        topic.tags().stream().filter(t -> !removed.contains(t.key())).toList())));
  }

  Result<List<Tag>> list(String resourceArn) {
    return find(resourceArn).map(StoredTopic::tags);
  }

  private Result<Void> save(StoredTopic topic) {
    return catalog.updateTopic(topic) ? Result.ok(null) : SnsFailures.resourceNotFound();
  }
}
