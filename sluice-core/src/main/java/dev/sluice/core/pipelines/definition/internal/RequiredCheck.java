package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.definition.FieldGroup;
import dev.sluice.core.pipelines.definition.ObjectKind;
import dev.sluice.core.pipelines.definition.ObjectType;

/**
 * Each object of a type Sluice runs has, given or inherited, its type's required fields, one of
 * each required group ({@code runsOn} or {@code workerGroup}...), not two of an exclusive pair, and
 * {@code lateAfterTimeout} when it sets {@code onLateAction}.
 */
final class RequiredCheck {
  private RequiredCheck() {}

  static void check(DefinitionModel model, Findings findings) {
    for (var id : model.ids()) {
      model
          .typeOf(id)
          .filter(type -> type.kind() != ObjectKind.DEFAULT)
          .ifPresent(type -> checkObject(model, id, type, findings));
    }
  }

  private static void checkObject(
      DefinitionModel model, String id, ObjectType type, Findings findings) {
    type.fields().keySet().stream()
        .filter(type.required()::contains)
        .sorted()
        .filter(key -> !model.has(id, key))
        .forEach(key -> findings.error(id, Messages.missingField(key)));
    type.groups().forEach(group -> checkGroup(model, id, group, findings));
    if (model.has(id, "onLateAction") && !model.has(id, "lateAfterTimeout")) {
      findings.error(id, Messages.lateAfterTimeoutRequired());
    }
    if (model.ownHas(id, "runsOn") && model.ownHas(id, "workerGroup")) {
      findings.warning(id, Messages.workerGroupIgnored());
    }
  }

  private static void checkGroup(
      DefinitionModel model, String id, FieldGroup group, Findings findings) {
    long present = group.keys().stream().filter(key -> model.has(id, key)).count();
    boolean missing = present == 0 && group.rule() != FieldGroup.Rule.AT_MOST_ONE;
    boolean tooMany = present > 1 && group.rule() != FieldGroup.Rule.AT_LEAST_ONE;
    if (missing) {
      findings.error(id, Messages.missingOneOf(group.keys()));
    } else if (tooMany) {
      findings.error(id, Messages.onlyOneOf(group.keys()));
    }
  }
}
