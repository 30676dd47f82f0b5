package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.definition.ObjectTypes;

/**
 * Every object has a type Sluice runs, given or inherited from its parent; only Default and the
 * objects others name as {@code parent} may have none.
 */
final class TypeCheck {
  private TypeCheck() {}

  static void check(DefinitionModel model, Findings findings) {
    for (var id : model.ids()) {
      var type = model.resolved().get(id).type();
      if (type == null) {
        if (!id.equals(Inheritance.DEFAULT) && !model.parents().contains(id)) {
          findings.error(id, Messages.missingField("type"));
        }
      } else if (ObjectTypes.isIgnored(type)) {
        findings.warning(id, Messages.typeIgnored(type));
      } else if (ObjectTypes.isNotRun(type)) {
        findings.error(id, Messages.typeNotRun(type));
      } else if (ObjectTypes.find(type).isEmpty()) {
        findings.error(id, Messages.invalidType(type));
      }
    }
  }
}
