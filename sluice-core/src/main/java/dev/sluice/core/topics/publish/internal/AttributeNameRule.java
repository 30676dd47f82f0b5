package dev.sluice.core.topics.publish.internal;

import dev.sluice.core.result.Failure;
import java.util.Locale;
import java.util.Optional;

/**
 * A message attribute's name: 1 to 256 letters, digits, {@code _ - .}; no {@code AWS.} or {@code
 * Amazon.} prefix (any case) except SNS's own {@code AWS.SNS.} attributes; no leading, trailing or
 * successive periods.
 */
final class AttributeNameRule {
  private static final int MAX_LENGTH = 256;

  /** SNS's own attributes (AWS.SNS.SMS.SMSType, AWS.SNS.MOBILE.APNS.TTL, ...), which it accepts. */
  private static final String SNS_OWN = "AWS.SNS.";

  private AttributeNameRule() {}

  static Optional<Failure> check(String name) {
    if (name == null || name.isEmpty()) {
      return fail("Message attribute name can not be null or empty");
    }
    if (name.length() > MAX_LENGTH) {
      return fail("Length of message attribute name must be less than 256 bytes.");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isAllowed(c)) {
        return fail(
            "Invalid non-alphanumeric character '#x%s' was found in the message attribute name. Can only include alphanumeric characters, hyphens, underscores, or dots."
                .formatted(Integer.toHexString(c).toUpperCase(Locale.ROOT)));
      }
    }
    return shape(name);
  }

  private static Optional<Failure> shape(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if ((lower.startsWith("aws.") && !name.startsWith(SNS_OWN)) || lower.startsWith("amazon.")) {
      return fail(
          "Message attribute names starting with 'AWS.' or 'Amazon.' are reserved for use by"
              + " Amazon.");
    }
    if (name.startsWith(".") || name.endsWith(".")) {
      return fail("Message attribute name can not start or end with a period.");
    }
    if (name.contains("..")) {
      return fail("Message attribute name can not have successive '.' characters.");
    }
    return Optional.empty();
  }

  private static boolean isAllowed(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-'
        || c == '.';
  }

  private static Optional<Failure> fail(String message) {
    return Optional.of(SnsFailures.invalidValue(message));
  }
}
