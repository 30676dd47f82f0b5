package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parameter values a run uses: activation values over the definition's values over the
 * parameter objects' defaults, each checked against its parameter. Every declared parameter is
 * listed (an optional one without a value with none).
 */
public final class Activation {
  private Activation() {}

  public static Result<Map<String, List<String>>> parameters(
      PipelineDefinition definition, List<ParameterValue> overrides) {
    var declared = Parameters.declared(definition);
    var problems = new ArrayList<String>();
    for (var value : overrides) {
      if (RequestShape.isEmpty(value.id()) || !declared.containsKey(value.id())) {
        problems.add("the parameter value '" + value.id() + "' has no parameter object");
      } else if (value.stringValue() == null) {
        problems.add("the parameter value '" + value.id() + "' has no stringValue");
      }
    }
    if (!problems.isEmpty()) {
      return Result.err(Fatal.parameterValues(problems));
    }
    var given = Parameters.values(overrides);
    var values =
        Parameters.effective(declared, given, Parameters.values(definition.parameterValues()));
    declared.forEach(
        (id, parameter) -> {
          var these = values.get(id);
          if (these.isEmpty() && !parameter.optional()) {
            problems.add("the parameter '" + id + "' has no value and is not optional");
          }
          parameter.problems(these).forEach(p -> problems.add("parameter '" + id + "': " + p));
        });
    return problems.isEmpty() ? Result.ok(values) : Result.err(Fatal.parameterValues(problems));
  }
}
