package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The declared parameters of a definition and the values given to them. */
public final class Parameters {
  private Parameters() {}

  /** Parameter ids start with {@code my}; a leading {@code *} masks the value. */
  public static boolean hasParameterName(String id) {
    var name = id.startsWith("*") ? id.substring(1) : id;
    return name.startsWith("my");
  }

  /** The parameter objects, by id, in definition order. */
  public static Map<String, Parameter> declared(PipelineDefinition definition) {
    var declared = new LinkedHashMap<String, Parameter>();
    definition.parameterObjects().forEach(p -> declared.putIfAbsent(p.id(), Parameter.of(p)));
    return declared;
  }

  /** The values, grouped by parameter id, in the order given. */
  public static Map<String, List<String>> values(List<ParameterValue> values) {
    var grouped = new LinkedHashMap<String, List<String>>();
    values.forEach(
        v -> grouped.computeIfAbsent(v.id(), k -> new ArrayList<>()).add(v.stringValue()));
    return grouped;
  }

  /**
   * The values each declared parameter takes: the first of {@code layers} that has values for it
   * (activation values, then definition values), else its defaults.
   */
  @SafeVarargs
  public static Map<String, List<String>> effective(
      Map<String, Parameter> declared, Map<String, List<String>>... layers) {
    var effective = new LinkedHashMap<String, List<String>>();
    declared.forEach(
        (id, parameter) -> {
          var values = parameter.defaults();
          for (int i = layers.length - 1; i >= 0; i--) {
            values = layers[i].getOrDefault(id, values);
          }
          effective.put(id, List.copyOf(values));
        });
    return effective;
  }
}
