package dev.sluice.aws.datapipeline.internal;

import dev.sluice.core.pipelines.ParameterValue;
import java.util.List;

/** The wire's {@code ParameterValue}: a parameter's id (1–256) and a value (up to 10240). */
public record ParameterValueShape(String id, String stringValue) {

  /** Checks a {@code ParameterValueList} named {@code member}. */
  public static Constraints check(
      Constraints constraints, List<ParameterValueShape> values, String member) {
    return constraints.each(
        values,
        member,
        (value, at) ->
            constraints
                .required(value.id(), at + ".id")
                .text(value.id(), at + ".id", 1, 256)
                .required(value.stringValue(), at + ".stringValue")
                .text(value.stringValue(), at + ".stringValue", 0, 10240));
  }

  public static List<ParameterValue> toValues(List<ParameterValueShape> values) {
    return values == null
        ? null
        : values.stream().map(v -> new ParameterValue(v.id(), v.stringValue())).toList();
  }
}
