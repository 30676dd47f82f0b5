package dev.sluice.core.functions;

import java.util.Map;

/**
 * A named pointer to a version.
 *
 * @param weights RoutingConfig's AdditionalVersionWeights (accepted and reported; invocations use
 *     {@code functionVersion})
 */
public record FunctionAlias(
    String name,
    String functionVersion,
    String description,
    Map<String, Double> weights,
    String revisionId) {

  public FunctionAlias {
    weights = Map.copyOf(weights);
    description = description == null ? "" : description;
  }
}
