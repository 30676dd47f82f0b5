package dev.sluice.aws.datapipeline.internal;

import dev.sluice.core.pipelines.ParameterAttribute;
import dev.sluice.core.pipelines.ParameterObject;
import java.util.List;

/** The wire's {@code ParameterObject}: an id (1–256) and its attributes. */
public record ParameterObjectShape(String id, List<Attribute> attributes) {

  /** The wire's {@code ParameterAttribute}: a key (1–256) and a value (up to 10240). */
  public record Attribute(String key, String stringValue) {}

  /** Checks a {@code ParameterObjectList} named {@code member}. */
  public static Constraints check(
      Constraints constraints, List<ParameterObjectShape> parameters, String member) {
    return constraints.each(
        parameters,
        member,
        (parameter, at) ->
            constraints
                .required(parameter.id(), at + ".id")
                .text(parameter.id(), at + ".id", 1, 256)
                .required(parameter.attributes(), at + ".attributes")
                .each(
                    parameter.attributes(),
                    at + ".attributes",
                    (attribute, in) ->
                        constraints
                            .required(attribute.key(), in + ".key")
                            .text(attribute.key(), in + ".key", 1, 256)
                            .required(attribute.stringValue(), in + ".stringValue")
                            .text(attribute.stringValue(), in + ".stringValue", 0, 10240)));
  }

  public static List<ParameterObject> toParameters(List<ParameterObjectShape> parameters) {
    return parameters == null
        ? null
        : parameters.stream().map(ParameterObjectShape::toParameter).toList();
  }

  public ParameterObject toParameter() {
    return new ParameterObject(
        id,
        attributes.stream().map(a -> new ParameterAttribute(a.key(), a.stringValue())).toList());
  }
}
