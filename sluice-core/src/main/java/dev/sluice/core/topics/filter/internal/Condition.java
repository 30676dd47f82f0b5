package dev.sluice.core.topics.filter.internal;

import java.util.List;

/** One entry of a policy leaf array; a leaf matches when any of its conditions does. */
public sealed interface Condition {

  /** Whether one message value satisfies this condition. */
  boolean test(Value value);

  /** Whether the values found at the key satisfy it (any of them, unless it is a negation). */
  default boolean testAll(List<Value> values) {
    return values.stream().anyMatch(this::test);
  }

  record Exact(Value expected) implements Condition {
    @Override
    public boolean test(Value value) {
      return expected.equals(value);
    }
  }

  record Prefix(String prefix) implements Condition {
    @Override
    public boolean test(Value value) {
      return value instanceof Value.Text t && t.text().startsWith(prefix);
    }
  }

  record Suffix(String suffix) implements Condition {
    @Override
    public boolean test(Value value) {
      return value instanceof Value.Text t && t.text().endsWith(suffix);
    }
  }

  record EqualsIgnoreCase(String text) implements Condition {
    @Override
    public boolean test(Value value) {
      return value instanceof Value.Text t && t.text().equalsIgnoreCase(text);
    }
  }

  /** {@code anything-but}: every value at the key must pass (none may be excluded). */
  record AnythingBut(Condition excluded) implements Condition {
    @Override
    public boolean test(Value value) {
      return !excluded.test(value);
    }

    @Override
    public boolean testAll(List<Value> values) {
      return !values.isEmpty() && values.stream().allMatch(this::test);
    }
  }

  /** The excluded set of an {@code anything-but} list. */
  record OneOf(List<Value> values) implements Condition {
    @Override
    public boolean test(Value value) {
      return values.contains(value);
    }
  }

  record Numeric(NumericRange range) implements Condition {
    @Override
    public boolean test(Value value) {
      return value instanceof Value.Num n && range.contains(n.number());
    }
  }

  record Cidr(CidrBlock block) implements Condition {
    @Override
    public boolean test(Value value) {
      return value instanceof Value.Text t && block.contains(t.text());
    }
  }

  /** {@code exists}: decided by the key's presence, see {@link PolicyMatcher}. */
  record Exists(boolean present) implements Condition {
    @Override
    public boolean test(Value value) {
      return present && !(value instanceof Value.Null);
    }
  }
}
