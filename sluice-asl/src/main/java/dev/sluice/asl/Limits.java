package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sluice.asl.internal.Paths;
import dev.sluice.asl.internal.StateFailure;
import java.math.BigDecimal;

/**
 * The integer limits of ItemReader and ItemBatcher (MaxItems, MaxItemsPerBatch,
 * MaxInputBytesPerBatch) read from a path or an expression; a variable may hold the number as a
 * string, as AWS accepts it.
 */
final class Limits {
  private Limits() {}

  /**
   * {@code value} as a whole number.
   *
   * @param path the path it came from (null for a JSONata expression)
   * @param field the field's name, for the error
   */
  static long integer(JsonNode value, String path, String field) {
    JsonNode number = value;
    if (value.isTextual() && (path == null || Paths.isVariable(path))) {
      try {
        number = JsonNodeFactory.instance.numberNode(new BigDecimal(value.asText().trim()));
      } catch (NumberFormatException e) {
        number = value;
      }
    }
    if (!number.isNumber() || number.decimalValue().stripTrailingZeros().scale() > 0) {
      throw new StateFailure(
          "States.Runtime",
          "The value of the field '"
              + field
              + "' must be a positive integer, but was: "
              + value
              + (path == null ? "" : " (from " + path + ")"));
    }
    return number.decimalValue().longValue();
  }
}
