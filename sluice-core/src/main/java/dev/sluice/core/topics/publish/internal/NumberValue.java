package dev.sluice.core.topics.publish.internal;

import dev.sluice.core.result.Failure;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A Number attribute's value: a decimal of at most 38 significant digits whose magnitude, unless
 * zero, lies between 10^-128 and 10^126.
 */
final class NumberValue {
  private static final int MAX_PRECISION = 38;
  private static final BigDecimal MAX = BigDecimal.TEN.pow(126);
  private static final BigDecimal MIN = BigDecimal.ONE.movePointLeft(128);

  private NumberValue() {}

  static Optional<Failure> check(String name, String value) {
    BigDecimal number;
    try {
      number = new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      return fail("Could not cast message attribute '%s' value to number.".formatted(name));
    }
    if (number.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal magnitude = number.abs();
    if (number.stripTrailingZeros().precision() > MAX_PRECISION
        || magnitude.compareTo(MAX) > 0
        || magnitude.compareTo(MIN) < 0) {
      return fail(
          ("Value %s for parameter MessageAttributes is invalid. Reason: The message attribute"
                  + " '%s' has a number value that is out of range or too precise.")
              .formatted(value, name));
    }
    return Optional.empty();
  }

  private static Optional<Failure> fail(String message) {
    return Optional.of(SnsFailures.invalidValue(message));
  }
}
