package dev.sluice.core.topics.filter.internal;

import java.util.List;

/** One alternative of a policy once {@code $or} is expanded: all its leaves must match. */
public record Branch(List<Leaf> leaves) {

  public Branch {
    leaves = List.copyOf(leaves);
  }

  /** The number of value combinations SNS counts against its limit of 150. */
  public long combinations() {
    long product = 1;
    for (Leaf leaf : leaves) {
      product *= leaf.conditions().size();
    }
    return product;
  }
}
