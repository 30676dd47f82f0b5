package dev.sluice.core.topics.filter.internal;

import java.util.List;

/** Matches a message's values against a policy's alternatives. */
public record PolicyMatcher(List<Branch> branches) {

  public PolicyMatcher {
    branches = List.copyOf(branches);
  }

  /** Whether the policy places no condition at all (SNS's {@code {}}). */
  public boolean acceptsAll() {
    return branches.stream().anyMatch(b -> b.leaves().isEmpty());
  }

  public boolean matches(MessageValues message) {
    if (acceptsAll()) {
      return true;
    }
    // SNS: a message without any attribute (or property) matches no policy, not even exists:false
    return !message.isEmpty() && branches.stream().anyMatch(b -> matches(b, message));
  }

  private static boolean matches(Branch branch, MessageValues message) {
    return branch.leaves().stream().allMatch(leaf -> matches(leaf, message.at(leaf.path())));
  }

  private static boolean matches(Leaf leaf, List<Value> values) {
    return leaf.conditions().stream().anyMatch(c -> matches(c, values));
  }

  private static boolean matches(Condition condition, List<Value> values) {
    if (condition instanceof Condition.Exists exists && !exists.present()) {
      return values.isEmpty();
    }
    return condition.testAll(values);
  }
}
