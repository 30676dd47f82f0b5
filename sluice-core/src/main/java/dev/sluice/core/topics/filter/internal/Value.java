package dev.sluice.core.topics.filter.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One leaf value of a message: an attribute value, an array element or a body property. */
public sealed interface Value {

  record Text(String text) implements Value {}

  /** A number, kept at SNS's precision of five decimal places. */
  record Num(BigDecimal number) implements Value {

    private static final BigDecimal ROUNDS_TO_ZERO = new BigDecimal("0.000005");

    public Num {
      number = precise(number);
    }

    // Rescaling 1e-999999999 or 1e999999999 would take huge time and memory: such values round
    // to zero, or lie far outside SNS's range where only their order matters.
    private static BigDecimal precise(BigDecimal n) {
      if (n.abs().compareTo(ROUNDS_TO_ZERO) < 0) {
        return BigDecimal.ZERO.setScale(5);
      }
      if (n.precision() - n.scale() > 20) {
        return n.stripTrailingZeros();
      }
      return n.setScale(5, RoundingMode.HALF_UP);
    }
  }

  record Bool(boolean value) implements Value {}

  record Null() implements Value {}
}
