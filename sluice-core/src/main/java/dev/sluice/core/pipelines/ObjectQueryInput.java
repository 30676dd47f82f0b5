package dev.sluice.core.pipelines;

import java.util.List;

/** QueryObjects' input; {@code sphere} is COMPONENT, INSTANCE or ATTEMPT. */
public record ObjectQueryInput(
    String pipelineId, List<Selector> selectors, String sphere, String marker, Integer limit) {
  public ObjectQueryInput {
    selectors = selectors == null ? List.of() : List.copyOf(selectors);
  }
}
