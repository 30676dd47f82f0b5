package dev.sluice.core.topics.filter.internal;

import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;

/** A policy part in disjunctive form: it matches when any of its branches does. */
record Alternatives(List<Branch> branches) {

  /** More alternatives than this cannot stay under the combination limit. */
  private static final int MAX_BRANCHES = PolicyLimits.MAX_COMBINATIONS;

  Alternatives {
    branches = List.copyOf(branches);
  }

  /** The neutral element of {@link #and}: one branch without leaves. */
  static Alternatives none() {
    return new Alternatives(List.of(new Branch(List.of())));
  }

  /** The neutral element of {@link #or}: no branches. */
  static Alternatives empty() {
    return new Alternatives(List.of());
  }

  static Alternatives of(Leaf leaf) {
    return new Alternatives(List.of(new Branch(List.of(leaf))));
  }

  Alternatives or(List<Branch> more) {
    List<Branch> all = new ArrayList<>(branches);
    all.addAll(more);
    return new Alternatives(all);
  }

  /** Both parts must match: every pair of branches joined. */
  Result<Alternatives> and(Alternatives other) {
    if ((long) branches.size() * other.branches.size() > MAX_BRANCHES) {
      return PolicyError.err(PolicyLimits.TOO_COMPLEX);
    }
    List<Branch> joined = new ArrayList<>();
    for (Branch left : branches) {
      for (Branch right : other.branches) {
        List<Leaf> leaves = new ArrayList<>(left.leaves());
        leaves.addAll(right.leaves());
        joined.add(new Branch(leaves));
      }
    }
    return Result.ok(new Alternatives(joined));
  }

  static List<String> append(List<String> path, String key) {
    List<String> longer = new ArrayList<>(path);
    longer.add(key);
    return List.copyOf(longer);
  }
}
