package dev.sluice.core.topics;

import java.util.List;
import java.util.Map;

/**
 * CreateTopic's input, with the region and account the topic's ARN is made in.
 *
 * @param dataProtectionPolicy or null
 */
public record CreateTopicInput(
    String region,
    String account,
    String name,
    Map<String, String> attributes,
    List<Tag> tags,
    String dataProtectionPolicy) {
  public CreateTopicInput {
    attributes = Map.copyOf(attributes);
    tags = List.copyOf(tags);
  }
}
