package dev.sluice.core.pipelines.definition.internal;

import static dev.sluice.core.pipelines.definition.internal.RequestShape.isEmpty;

import dev.sluice.core.pipelines.ParameterObject;
import dev.sluice.core.pipelines.PipelineDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parameter part of what PutPipelineDefinition refuses outright: at most 50 parameters, ids
 * that start with {@code my} (after the {@code *} that masks a value), no duplicates, attributes
 * with a key and a value, and values only for declared parameters.
 */
final class ParameterShape {
  static final int MAX_PARAMETERS = 50;

  private ParameterShape() {}

  static List<String> problems(PipelineDefinition definition) {
    var problems = new ArrayList<String>();
    var declared = new HashSet<String>();
    var parameters = definition.parameterObjects();
    if (parameters.size() > MAX_PARAMETERS) {
      problems.add(
          "the definition has "
              + parameters.size()
              + " parameters (the limit is "
              + MAX_PARAMETERS
              + ")");
    }
    for (var parameter : parameters) {
      problems.addAll(declarationProblems(parameter, declared));
    }
    problems.addAll(valueProblems(definition, declared));
    return problems;
  }

  private static List<String> declarationProblems(ParameterObject parameter, Set<String> declared) {
    var problems = new ArrayList<String>();
    var id = parameter.id();
    if (isEmpty(id)) {
      problems.add("a parameter object has no id");
      return problems;
    }
    if (!Parameters.hasParameterName(id)) {
      problems.add("the parameter id '" + id + "' does not start with 'my'");
    }
    if (!declared.add(id)) {
      problems.add("the parameter id '" + id + "' is used more than once");
    }
    for (var attribute : parameter.attributes()) {
      if (isEmpty(attribute.key())) {
        problems.add("parameter '" + id + "' has an attribute without a key");
      } else if (attribute.stringValue() == null) {
        problems.add("attribute '" + attribute.key() + "' of parameter '" + id + "' has no value");
      }
    }
    return problems;
  }

  private static List<String> valueProblems(PipelineDefinition definition, Set<String> declared) {
    var problems = new ArrayList<String>();
    for (var value : definition.parameterValues()) {
      if (isEmpty(value.id())) {
        problems.add("a parameter value has no id");
      } else if (!declared.contains(value.id())) {
        problems.add("the parameter value '" + value.id() + "' has no parameter object");
      } else if (value.stringValue() == null) {
        problems.add("the parameter value '" + value.id() + "' has no stringValue");
      }
    }
    return problems;
  }
}
