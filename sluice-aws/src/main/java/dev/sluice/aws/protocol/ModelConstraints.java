package dev.sluice.aws.protocol;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An AWS model's constraints on an input's members, checked before the service is called and
 * refused as AWS's request validation refuses them: a 400 with {@code 1 validation error detected:
 * Value 'x' at 'name' failed to satisfy constraint: Member must have length less than or equal to
 * 80}; several problems are counted and joined with {@code ; }. A problem without a value (a
 * sensitive member) reads {@code Value at 'name' ...}. Each service's subclass gives the error code
 * and adds its own shapes; members are named as the caller passes them.
 *
 * @param <C> the service's constraints, returned by every check so that checks chain
 */
public abstract class ModelConstraints<C extends ModelConstraints<C>> {
  private final String code;
  private final List<String> problems = new ArrayList<>();

  protected ModelConstraints(String code) {
    this.code = code;
  }

  /** This object as the service's constraints. */
  protected abstract C self();

  public C required(Object value, String member) {
    if (value == null) {
      problems.add(
          "Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
    }
    return self();
  }

  /** A string's length in characters (code points). */
  public C length(String value, String member, int min, int max) {
    if (value != null) {
      lengthProblem(codePoints(value), min, max)
          .ifPresent(constraint -> problem(value, member, constraint));
    }
    return self();
  }

  public C pattern(String value, String member, ModelPattern pattern) {
    if (value != null && !pattern.matches(value)) {
      problem(value, member, pattern.constraint());
    }
    return self();
  }

  /** A string shape: its length then its pattern. */
  public C text(String value, String member, int min, int max, ModelPattern pattern) {
    return length(value, member, min, max).pattern(value, member, pattern);
  }

  /** An enum member; {@code values} in the model's order. */
  public C oneOf(String value, String member, List<String> values) {
    if (value != null && !values.contains(value)) {
      problem(
          value, member, "Member must satisfy enum value set: [" + String.join(", ", values) + "]");
    }
    return self();
  }

  /** A number with a lower bound. */
  public C atLeast(Number value, String member, long min) {
    if (value != null && value.longValue() < min) {
      problem(value.toString(), member, "Member must have value greater than or equal to " + min);
    }
    return self();
  }

  public C range(Number value, String member, long min, long max) {
    if (value != null && value.longValue() > max) {
      problem(value.toString(), member, "Member must have value less than or equal to " + max);
      return self();
    }
    return atLeast(value, member, min);
  }

  /** A list's or a map's number of entries. */
  public C size(Object value, int size, String member, int min, int max) {
    if (value != null) {
      lengthProblem(size, min, max).ifPresent(c -> problem(String.valueOf(value), member, c));
    }
    return self();
  }

  public C listSize(List<?> value, String member, int min, int max) {
    return value == null ? self() : size(value, value.size(), member, min, max);
  }

  /**
   * A list of strings whose member shape is {@code shape}: one problem for the list when a member
   * is null or breaks it, naming every constraint of the member shape.
   */
  public C members(List<String> values, String member, StringShape shape) {
    if (values != null && !values.stream().allMatch(shape::fits)) {
      problem(
          String.valueOf(values),
          member,
          "Member must satisfy constraint: [" + shape.describe(values.contains(null)) + "]");
    }
    return self();
  }

  /** The operation's result when every constraint held, else the refusal. */
  public <T> Result<T> then(Supplier<Result<T>> operation) {
    if (problems.isEmpty()) {
      return operation.get();
    }
    var noun = problems.size() == 1 ? "error" : "errors";
    return Result.err(
        Failure.of(
            code,
            400,
            problems.size() + " validation " + noun + " detected: " + String.join("; ", problems)));
  }

  /** Adds a problem; a null {@code value} is not shown. */
  protected final void problem(String value, String member, String constraint) {
    var shown = value == null ? "Value" : "Value '" + value + "'";
    problems.add(shown + " at '" + member + "' failed to satisfy constraint: " + constraint);
  }

  protected static int codePoints(String value) {
    return value.codePointCount(0, value.length());
  }

  protected static Optional<String> lengthProblem(int length, int min, int max) {
    if (length > max) {
      return Optional.of("Member must have length less than or equal to " + max);
    }
    if (length < min) {
      return Optional.of("Member must have length greater than or equal to " + min);
    }
    return Optional.empty();
  }
}
