package dev.sluice.core.topics.filter.internal;

import dev.sluice.core.result.Result;
import java.util.List;

/** SNS's limits: at most five keys per alternative and 150 value combinations in all. */
final class PolicyLimits {

  static final int MAX_COMBINATIONS = 150;
  static final int MAX_KEYS = 5;
  static final String TOO_COMPLEX = "Filter policy is too complex";

  private PolicyLimits() {}

  static Result<List<Branch>> check(List<Branch> branches) {
    long combinations = 0;
    for (Branch branch : branches) {
      if (branch.leaves().size() > MAX_KEYS) {
        return PolicyError.err("Filter policy can not have more than " + MAX_KEYS + " keys");
      }
      combinations += branch.combinations();
    }
    return combinations > MAX_COMBINATIONS ? PolicyError.err(TOO_COMPLEX) : Result.ok(branches);
  }
}
