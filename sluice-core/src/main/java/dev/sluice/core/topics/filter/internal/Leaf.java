package dev.sluice.core.topics.filter.internal;

import java.util.List;

/** A policy key (its path from the root) and its conditions, of which any may match. */
public record Leaf(List<String> path, List<Condition> conditions) {

  public Leaf {
    path = List.copyOf(path);
    conditions = List.copyOf(conditions);
  }
}
