package dev.sluice.aws.datapipeline.internal;

import dev.sluice.core.pipelines.Field;
import java.util.List;

/** The wire's {@code Field}: a key (1–256) with a string value (up to 10240) or a reference. */
public record FieldShape(String key, String stringValue, String refValue) {

  /** Checks a {@code fieldList} named {@code member}. */
  public static Constraints check(Constraints constraints, List<FieldShape> fields, String member) {
    return constraints.each(
        fields,
        member,
        (field, at) ->
            constraints
                .required(field.key(), at + ".key")
                .text(field.key(), at + ".key", 1, 256)
                .text(field.stringValue(), at + ".stringValue", 0, 10240)
                .text(field.refValue(), at + ".refValue", 1, 256));
  }

  /** The fields for the service; null stays null (an optional list not given). */
  public static List<Field> toFields(List<FieldShape> fields) {
    return fields == null ? null : fields.stream().map(FieldShape::toField).toList();
  }

  public Field toField() {
    return new Field(key, stringValue, refValue);
  }
}
