package dev.sluice.aws.glue.internal;

import dev.sluice.aws.protocol.ModelConstraints;
import dev.sluice.aws.protocol.StringShape;
import java.util.Map;

/**
 * Glue's model constraints on an input's members, checked before the job service is called and
 * refused as AWS's request validation refuses them: a 400 {@code ValidationException} with {@code 1
 * validation error detected: Value 'x' at 'jobName' failed to satisfy constraint: Member must have
 * length less than or equal to 255}; several problems are counted and joined with {@code ; }.
 * Members are named in lowerCamelCase along their path ({@code jobUpdate.command.pythonVersion});
 * sensitive members are reported without their value.
 */
public final class Constraints extends ModelConstraints<Constraints> {
  /** The refusal's code, as Glue answers a request that breaks its model. */
  public static final String CODE = "ValidationException";

  public Constraints() {
    super(CODE);
  }

  @Override
  protected Constraints self() {
    return this;
  }

  /** A {@code NameString} or {@code IdString}: 1 to 255 characters of one line. */
  public Constraints name(String value, String member) {
    return text(value, member, 1, 255, StringShapes.NAME.pattern());
  }

  /**
   * A map's keys and values, each against its shape (null: any string, or any present value);
   * {@code sensitive} hides the map's value.
   */
  public Constraints entries(
      Map<String, ?> map, String member, StringShape keys, StringShape values, boolean sensitive) {
    if (map == null) {
      return this;
    }
    var shown = sensitive ? null : String.valueOf(map);
    if (keys != null && !map.keySet().stream().allMatch(keys::fits)) {
      problem(shown, member, "Map keys must satisfy constraint: [" + keys.describe(false) + "]");
    }
    var nullValue = map.containsValue(null);
    if (values != null
        && !map.values().stream().allMatch(v -> v instanceof String s && values.fits(s))) {
      problem(
          shown, member, "Map value must satisfy constraint: [" + values.describe(nullValue) + "]");
    } else if (values == null && nullValue) {
      problem(shown, member, "Map value must satisfy constraint: [Member must not be null]");
    }
    return this;
  }
}
