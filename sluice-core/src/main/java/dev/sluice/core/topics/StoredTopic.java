package dev.sluice.core.topics;

import java.util.List;
import java.util.Map;

/**
 * A topic as the catalog keeps it: the attributes set by the caller (DisplayName, Policy,
 * DeliveryPolicy, FifoTopic, ...) and its tags in the order they were added.
 */
public record StoredTopic(
    String arn, boolean fifo, Map<String, String> attributes, List<Tag> tags) {
  public StoredTopic {
    attributes = Map.copyOf(attributes);
    tags = List.copyOf(tags);
  }

  public StoredTopic withAttributes(Map<String, String> changed) {
    return new StoredTopic(arn, fifo, changed, tags);
  }

  public StoredTopic withTags(List<Tag> changed) {
    return new StoredTopic(arn, fifo, attributes, changed);
  }
}
