package dev.sluice.core.topics.publish;

import dev.sluice.core.topics.MessageAttribute;
import java.util.Map;

/**
 * A message that passed SNS's checks, ready to be fanned out.
 *
 * @param message the message as sent (the JSON document when structured)
 * @param structure protocol to text when {@code MessageStructure=json} (always with {@code
 *     default}), else empty
 * @param subject or null
 * @param messageGroupId FIFO topics only, else null
 * @param deduplicationId FIFO topics only: the explicit id, or the content-based one (SHA-256 of
 *     the message, hex); else null
 */
public record CheckedMessage(
    String message,
    Map<String, String> structure,
    String subject,
    Map<String, MessageAttribute> attributes,
    String messageGroupId,
    String deduplicationId) {
  public CheckedMessage {
    structure = Map.copyOf(structure);
    attributes = Map.copyOf(attributes);
  }

  /** The text a subscription of {@code protocol} receives. */
  public String messageFor(String protocol) {
    if (structure.isEmpty()) {
      return message;
    }
    return structure.getOrDefault(protocol, structure.get("default"));
  }
}
