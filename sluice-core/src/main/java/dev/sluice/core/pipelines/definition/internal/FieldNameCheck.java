package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.definition.FieldSpec;
import dev.sluice.core.pipelines.definition.FieldValue;
import dev.sluice.core.pipelines.definition.ObjectType;
import dev.sluice.core.pipelines.definition.ObjectTypes;
import java.util.List;

/**
 * The fields an object sets itself: names its type accepts (or user-defined {@code my...} names),
 * no runtime {@code @} fields, one value unless the field repeats, references where the field takes
 * a reference and strings where it takes a string.
 */
final class FieldNameCheck {
  private FieldNameCheck() {}

  static void check(DefinitionModel model, Findings findings) {
    for (var id : model.ids()) {
      var type = model.fieldsOf(id);
      var own = Inheritance.own(model.objects().get(id));
      own.forEach(
          (key, values) -> {
            if (ObjectTypes.isRuntime(key)) {
              findings.error(id, Messages.runtimeField(key));
            } else if (type.isPresent()) {
              checkField(id, type.get(), key, values, findings);
            }
          });
    }
  }

  private static void checkField(
      String id, ObjectType type, String key, List<FieldValue> values, Findings findings) {
    if (type.refused().contains(key)) {
      findings.error(id, Messages.refusedField(key, type.name()));
      return;
    }
    var spec = type.field(key);
    if (spec.isEmpty()) {
      if (!ObjectTypes.isUserDefined(key)) {
        var typeName = type == ObjectTypes.anyType() ? null : type.name();
        findings.error(id, Messages.unknownField(key, typeName));
      }
      return;
    }
    if (values.size() > 1 && !spec.get().repeatable()) {
      findings.error(id, Messages.notRepeatable(key));
    }
    values.forEach(value -> checkKind(id, spec.get(), value, findings));
  }

  private static void checkKind(String id, FieldSpec spec, FieldValue value, Findings findings) {
    if (spec.isRef() && value instanceof FieldValue.Text) {
      findings.error(id, Messages.referenceExpected(spec.key()));
    } else if (!spec.isRef() && value instanceof FieldValue.Ref) {
      findings.error(id, Messages.textExpected(spec.key()));
    }
  }
}
