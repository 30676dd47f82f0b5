package dev.sluice.core.functions;

import java.util.Map;

/**
 * A CreateAlias or UpdateAlias call; in an update a null field keeps its value.
 *
 * @param weights RoutingConfig's AdditionalVersionWeights, or null
 * @param revisionId the alias RevisionId the caller read (UpdateAlias), or null
 */
public record AliasInput(
    String functionName,
    String name,
    String functionVersion,
    String description,
    Map<String, Double> weights,
    String revisionId) {}
