package dev.sluice.core.topics.publish.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.topics.MessageAttribute;
import java.util.Optional;

/**
 * A message attribute's type and value: the type is {@code String}, {@code Number}, {@code Binary}
 * or {@code String.Array}, optionally followed by {@code .custom}; the value field matches it.
 */
final class AttributeValueRule {
  private AttributeValueRule() {}

  static Optional<Failure> check(String name, MessageAttribute attribute) {
    String type = attribute == null ? null : attribute.dataType();
    if (type == null || type.isEmpty()) {
      return fail(
          "The message attribute '%s' must contain non-empty message attribute type."
              .formatted(name));
    }
    return switch (baseType(type)) {
      case "Binary" -> binary(name, attribute);
      case "String" -> nonEmptyString(name, attribute, "String");
      case "Number" ->
          nonEmptyString(name, attribute, "Number")
              .or(() -> NumberValue.check(name, attribute.stringValue()));
      case "String.Array" ->
          nonEmptyString(name, attribute, "String.Array")
              .or(() -> StringArrayValue.check(name, attribute.stringValue()));
      default ->
          fail(
              ("The message attribute '%s' has an invalid message attribute type, the set of"
                      + " supported type prefixes is Binary, Number, and String.")
                  .formatted(name));
    };
  }

  /** {@code String.Array.x} is a String.Array; {@code String.x} a String; else the first part. */
  static String baseType(String type) {
    if (type.equals("String.Array") || type.startsWith("String.Array.")) {
      return "String.Array";
    }
    int dot = type.indexOf('.');
    return dot < 0 ? type : type.substring(0, dot);
  }

  private static Optional<Failure> binary(String name, MessageAttribute attribute) {
    if (attribute.binaryValue() == null) {
      return fail(
          "The message attribute '%s' with type 'Binary' must use field 'Binary'.".formatted(name));
    }
    return Optional.empty();
  }

  private static Optional<Failure> nonEmptyString(
      String name, MessageAttribute attribute, String type) {
    if (attribute.stringValue() == null || attribute.stringValue().isEmpty()) {
      return fail(
          ("The message attribute '%s' must contain non-empty message attribute value for"
                  + " message attribute type '%s'.")
              .formatted(name, type));
    }
    return Optional.empty();
  }

  private static Optional<Failure> fail(String message) {
    return Optional.of(SnsFailures.invalidValue(message));
  }
}
