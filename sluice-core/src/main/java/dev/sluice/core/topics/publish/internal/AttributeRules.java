package dev.sluice.core.topics.publish.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.topics.MessageAttribute;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Publish's message attributes: at most 10, each with a valid name, type and value. */
public final class AttributeRules {
  private static final int MAX_ATTRIBUTES = 10;

  private AttributeRules() {}

  /** The first failure, by attribute name, or empty. */
  public static Optional<Failure> check(Map<String, MessageAttribute> attributes) {
    if (attributes.size() > MAX_ATTRIBUTES) {
      return Optional.of(
          SnsFailures.invalidParameter(
              "MessageAttributes Reason: Number of message attributes [%d] exceeds the allowed maximum [%d]."
                  .formatted(attributes.size(), MAX_ATTRIBUTES)));
    }
    for (var entry : new TreeMap<>(attributes).entrySet()) {
      var failure =
          AttributeNameRule.check(entry.getKey())
              .or(() -> AttributeValueRule.check(entry.getKey(), entry.getValue()));
      if (failure.isPresent()) {
        return failure;
      }
    }
    return Optional.empty();
  }
}
