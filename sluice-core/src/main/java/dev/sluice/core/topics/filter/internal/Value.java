package dev.sluice.core.topics.filter.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One leaf value of a message: an attribute value, an array element or a body property. */
public sealed interface Value {

  record Text(String text) implements Value {}

  /** A number, kept at SNS's precision of five decimal places. */
  record Num(BigDecimal number) implements Value {
    public Num {
      number = number.setScale(5, RoundingMode.HALF_UP);
    }
  }

  record Bool(boolean value) implements Value {}

  record Null() implements Value {}
}
