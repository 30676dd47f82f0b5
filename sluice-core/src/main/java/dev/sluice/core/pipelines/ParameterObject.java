package dev.sluice.core.pipelines;

import java.util.List;

/** A parameter a definition declares ({@code myInputPath}), with its attributes. */
public record ParameterObject(String id, List<ParameterAttribute> attributes) {
  public ParameterObject {
    attributes = List.copyOf(attributes);
  }
}
