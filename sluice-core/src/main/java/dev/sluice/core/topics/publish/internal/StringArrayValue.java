package dev.sluice.core.topics.publish.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.result.Failure;
import java.util.Optional;

/** A String.Array attribute's value: a JSON array of strings, numbers, booleans and nulls. */
final class StringArrayValue {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private StringArrayValue() {}

  static Optional<Failure> check(String name, String value) {
    JsonNode array;
    try {
      array = MAPPER.readTree(value);
    } catch (JsonProcessingException e) {
      return refuse(name);
    }
    if (array == null || !array.isArray()) {
      return refuse(name);
    }
    for (JsonNode item : array) {
      if (item.isContainerNode()) {
        return refuse(name);
      }
    }
    return Optional.empty();
  }

  private static Optional<Failure> refuse(String name) {
    return Optional.of(
        SnsFailures.invalidParameter(
            "MessageAttributes Reason: Message attribute '%s' of type String.Array must be a JSON array of strings, numbers, booleans or nulls."
                .formatted(name)));
  }
}
