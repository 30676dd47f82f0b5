package dev.sluice.core.topics.filter.internal;

import java.math.BigDecimal;

/** A {@code numeric} condition: optional bounds, each inclusive or not. */
public record NumericRange(
    BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive) {

  public boolean contains(BigDecimal n) {
    return aboveLower(n) && belowUpper(n);
  }

  private boolean aboveLower(BigDecimal n) {
    if (lower == null) {
      return true;
    }
    int c = n.compareTo(lower);
    return lowerInclusive ? c >= 0 : c > 0;
  }

  private boolean belowUpper(BigDecimal n) {
    if (upper == null) {
      return true;
    }
    int c = n.compareTo(upper);
    return upperInclusive ? c <= 0 : c < 0;
  }
}
