package dev.sluice.aws.protocol;

import java.util.ArrayList;

/**
 * A string shape of an AWS model as a member of a list or a map: the bounds and pattern it declares
 * (null when it declares none), and how a refusal names them.
 */
public record StringShape(Integer min, Integer max, ModelPattern pattern) {

  /** Whether {@code value} is present and holds to this shape. */
  public boolean fits(String value) {
    if (value == null) {
      return false;
    }
    int length = ModelConstraints.codePoints(value);
    return (min == null || length >= min)
        && (max == null || length <= max)
        && (pattern == null || pattern.matches(value));
  }

  /** The shape's constraints as a refusal lists them; only the first when a member is null. */
  public String describe(boolean nullMember) {
    if (nullMember) {
      return "Member must not be null";
    }
    var parts = new ArrayList<String>();
    if (max != null) {
      parts.add("Member must have length less than or equal to " + max);
    }
    if (min != null) {
      parts.add("Member must have length greater than or equal to " + min);
    }
    if (pattern != null) {
      parts.add(pattern.constraint());
    }
    return String.join(", ", parts);
  }
}
