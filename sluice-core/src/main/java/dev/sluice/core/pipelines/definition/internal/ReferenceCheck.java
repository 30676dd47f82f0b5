package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.definition.FieldSpec;
import dev.sluice.core.pipelines.definition.FieldValue;
import dev.sluice.core.pipelines.definition.ObjectKind;
import dev.sluice.core.pipelines.definition.ObjectType;
import dev.sluice.core.pipelines.definition.ObjectTypes;
import java.util.List;

/**
 * References point to objects of the definition, of a type the field accepts. An object of a type
 * Sluice runs is checked with everything it inherits; Default and parents without a type with what
 * they set themselves (against any type's field), so a bad inherited reference is reported once,
 * where it is set.
 */
final class ReferenceCheck {
  private ReferenceCheck() {}

  static void check(DefinitionModel model, Findings findings) {
    for (var id : model.ids()) {
      for (var field : model.objects().get(id).fields()) {
        if (field.isRef() && !model.objects().containsKey(field.refValue())) {
          findings.error(id, Messages.missingObject(field.key(), field.refValue()));
        }
      }
      model.fieldsOf(id).ifPresent(type -> checkTargets(model, id, type, findings));
    }
  }

  private static void checkTargets(
      DefinitionModel model, String id, ObjectType type, Findings findings) {
    boolean concrete = type.kind() != ObjectKind.DEFAULT;
    model
        .resolved()
        .get(id)
        .fields()
        .forEach(
            (key, values) -> {
              var spec = type.field(key).filter(s -> s.isRef() && !s.refTypes().isEmpty());
              boolean own = model.ownHas(id, key);
              if (spec.isPresent() && (own || concrete)) {
                values.forEach(v -> checkTarget(model, id, spec.get(), v, own, findings));
              }
            });
  }

  private static void checkTarget(
      DefinitionModel model,
      String id,
      FieldSpec spec,
      FieldValue value,
      boolean own,
      Findings findings) {
    if (!(value instanceof FieldValue.Ref ref) || !model.objects().containsKey(ref.id())) {
      return;
    }
    var targetType = model.resolved().get(ref.id()).type();
    boolean accepted = targetType != null && spec.refTypes().contains(targetType);
    if (accepted || (!own && reportedWhereSet(spec.key(), targetType))) {
      return;
    }
    var allowed = spec.refTypes().stream().sorted().toList();
    findings.error(
        id, Messages.wrongTarget(spec.key(), List.copyOf(allowed), ref.id(), targetType));
  }

  /**
   * An inherited reference no type accepts (or to an object without a type) was reported on the
   * object that sets it.
   */
  private static boolean reportedWhereSet(String key, String targetType) {
    if (targetType == null) {
      return true;
    }
    var any = ObjectTypes.anyType().field(key);
    return any.isPresent()
        && !any.get().refTypes().isEmpty()
        && !any.get().refTypes().contains(targetType);
  }
}
