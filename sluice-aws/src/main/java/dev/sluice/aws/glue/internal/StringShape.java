package dev.sluice.aws.glue.internal;

import java.util.ArrayList;

/**
 * A string shape of Glue's model as a member of a list or a map: the bounds and pattern it declares
 * (null when it declares none), and how a refusal names them.
 */
public record StringShape(Integer min, Integer max, Constraints.ModelPattern pattern) {
  static final String SINGLE_LINE =
      "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*";

  /** {@code NameString} and {@code IdString}: 1 to 255 characters of one line. */
  public static final StringShape NAME =
      new StringShape(1, 255, Constraints.ModelPattern.of(SINGLE_LINE));

  /** {@code ConnectionString}: up to 255 characters. */
  public static final StringShape CONNECTION = new StringShape(null, 255, null);

  public static final StringShape TAG_KEY = new StringShape(1, 128, null);
  public static final StringShape TAG_VALUE = new StringShape(0, 256, null);

  /** {@code NodeId}, the keys of CodeGenConfigurationNodes. */
  public static final StringShape NODE_ID =
      new StringShape(null, null, Constraints.ModelPattern.of("[A-Za-z0-9_-]*"));

  /** Whether {@code value} is present and holds to this shape. */
  public boolean fits(String value) {
    if (value == null) {
      return false;
    }
    int length = Constraints.codePoints(value);
    return (min == null || length >= min)
        && (max == null || length <= max)
        && (pattern == null || pattern.matches(value));
  }

  /** The shape's constraints as a refusal lists them; only the first when a member is null. */
  String describe(boolean nullMember) {
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
