package dev.sluice.core.topics.filter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.result.Result;
import java.math.BigDecimal;

/** Policy numbers: SNS accepts values from -1e9 to 1e9 and keeps five decimal places. */
final class Numbers {

  private static final BigDecimal LIMIT = new BigDecimal("1000000000");

  private Numbers() {}

  static Result<Value.Num> of(JsonNode node) {
    BigDecimal n = node.decimalValue();
    if (n.abs().compareTo(LIMIT) > 0) {
      return PolicyError.err("Numeric value " + node.asText() + " is out of range [-1.0E9, 1.0E9]");
    }
    return Result.ok(new Value.Num(n));
  }
}
