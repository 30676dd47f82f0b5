package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.ParameterObject;
import dev.sluice.core.pipelines.PipelineDefinition;
import java.util.Set;

/**
 * Parameter objects: known attributes, a valid {@code type}, {@code optional} and {@code isArray}
 * true or false; and the values the definition gives them (or their defaults) of their type, among
 * the {@code allowedValues}, one unless the parameter is an array. Reported under the parameter's
 * id.
 */
final class ParameterCheck {
  private static final Set<String> ATTRIBUTES =
      Set.of(
          "type",
          "description",
          "optional",
          "allowedValues",
          "default",
          "isArray",
          "helpText",
          "helpLink",
          "watermark");

  private ParameterCheck() {}

  static void check(PipelineDefinition definition, DefinitionModel model, Findings findings) {
    for (var object : definition.parameterObjects()) {
      checkAttributes(object, findings);
    }
    model
        .parameters()
        .forEach(
            (id, parameter) ->
                parameter
                    .problems(model.parameterValues().get(id))
                    .forEach(problem -> findings.error(id, problem)));
  }

  private static void checkAttributes(ParameterObject object, Findings findings) {
    for (var attribute : object.attributes()) {
      var key = attribute.key();
      var value = attribute.stringValue();
      if (!ATTRIBUTES.contains(key)) {
        findings.error(object.id(), Messages.parameterAttribute(key));
      } else if (key.equals("type") && !Parameter.TYPES.contains(value)) {
        findings.error(object.id(), Messages.parameterType(value));
      } else if ((key.equals("optional") || key.equals("isArray")) && !Parameter.isFlag(value)) {
        findings.error(object.id(), Messages.parameterFlag(key));
      }
    }
  }
}
