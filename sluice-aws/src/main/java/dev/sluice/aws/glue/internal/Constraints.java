package dev.sluice.aws.glue.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Glue's model constraints on an input's members, checked before the job service is called and
 * refused as AWS's request validation refuses them: a 400 {@code ValidationException} with {@code 1
 * validation error detected: Value 'x' at 'jobName' failed to satisfy constraint: Member must have
 * length less than or equal to 255}; several problems are counted and joined with {@code ; }.
 * Members are named in lowerCamelCase along their path ({@code jobUpdate.command.pythonVersion});
 * sensitive members are reported without their value.
 */
public final class Constraints {
  /** The refusal's code, as Glue answers a request that breaks its model. */
  public static final String CODE = "ValidationException";

  private final List<String> problems = new ArrayList<>();

  public Constraints required(Object value, String member) {
    if (value == null) {
      problems.add(
          "Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
    }
    return this;
  }

  public Constraints length(String value, String member, int min, int max) {
    if (value != null) {
      lengthProblem(codePoints(value), min, max)
          .ifPresent(constraint -> problem(value, member, constraint));
    }
    return this;
  }

  /** A string shape's pattern, as the model writes it (and as the refusal prints it). */
  public Constraints pattern(String value, String member, ModelPattern pattern) {
    if (value != null && !pattern.matches(value)) {
      problem(value, member, pattern.constraint());
    }
    return this;
  }

  /** A {@code NameString} or {@code IdString}: 1 to 255 characters of one line. */
  public Constraints name(String value, String member) {
    return text(value, member, 1, 255, StringShape.NAME.pattern());
  }

  /** A string shape: its length then its pattern. */
  public Constraints text(String value, String member, int min, int max, ModelPattern pattern) {
    return length(value, member, min, max).pattern(value, member, pattern);
  }

  /** An enum member; {@code values} in the model's order. */
  public Constraints oneOf(String value, String member, List<String> values) {
    if (value != null && !values.contains(value)) {
      problem(
          value, member, "Member must satisfy enum value set: [" + String.join(", ", values) + "]");
    }
    return this;
  }

  /** A number with a lower bound. */
  public Constraints atLeast(Integer value, String member, int min) {
    if (value != null && value < min) {
      problem(value.toString(), member, "Member must have value greater than or equal to " + min);
    }
    return this;
  }

  public Constraints range(Integer value, String member, int min, int max) {
    if (value != null && value > max) {
      problem(value.toString(), member, "Member must have value less than or equal to " + max);
    }
    return atLeast(value, member, min);
  }

  /** A list's or a map's number of entries. */
  public Constraints size(Object value, int size, String member, int min, int max) {
    if (value != null) {
      lengthProblem(size, min, max).ifPresent(c -> problem(String.valueOf(value), member, c));
    }
    return this;
  }

  /**
   * A list of strings whose member shape is {@code shape}: one problem for the list when a member
   * is null or breaks it, naming every constraint of the member shape.
   */
  public Constraints members(List<String> values, String member, StringShape shape) {
    if (values != null && !values.stream().allMatch(shape::fits)) {
      problem(
          String.valueOf(values),
          member,
          "Member must satisfy constraint: [" + shape.describe(values.contains(null)) + "]");
    }
    return this;
  }

  /**
   * A map's keys and values, each against its shape (null: any string, or any present value);
   * {@code sensitive} hides the map's value.
   */
  public Constraints entries(
      Map<String, ?> map, String member, StringShape keys, StringShape values, boolean sensitive) {
    if (map == null) {
      return this;
    }
    var shown = sensitive ? null : String.valueOf(map);
    if (keys != null && !map.keySet().stream().allMatch(keys::fits)) {
      problem(shown, member, "Map keys must satisfy constraint: [" + keys.describe(false) + "]");
    }
    var nullValue = map.containsValue(null);
    if (values != null
        && !map.values().stream().allMatch(v -> v instanceof String s && values.fits(s))) {
      problem(
          shown, member, "Map value must satisfy constraint: [" + values.describe(nullValue) + "]");
    } else if (values == null && nullValue) {
      problem(shown, member, "Map value must satisfy constraint: [Member must not be null]");
    }
    return this;
  }

  /** The operation's result when every constraint held, else the ValidationException. */
  public <T> Result<T> then(Supplier<Result<T>> operation) {
    if (problems.isEmpty()) {
      return operation.get();
    }
    var noun = problems.size() == 1 ? "error" : "errors";
    return Result.err(
        Failure.of(
            CODE,
            400,
            problems.size() + " validation " + noun + " detected: " + String.join("; ", problems)));
  }

  static int codePoints(String value) {
    return value.codePointCount(0, value.length());
  }

  static Optional<String> lengthProblem(int length, int min, int max) {
    if (length > max) {
      return Optional.of("Member must have length less than or equal to " + max);
    }
    if (length < min) {
      return Optional.of("Member must have length greater than or equal to " + min);
    }
    return Optional.empty();
  }

  private void problem(String value, String member, String constraint) {
    var shown = value == null ? "Value" : "Value '" + value + "'";
    problems.add(shown + " at '" + member + "' failed to satisfy constraint: " + constraint);
  }

  /** A pattern of the model, kept as the model writes it. */
  public record ModelPattern(String source, Pattern compiled) {
    public static ModelPattern of(String source) {
      return new ModelPattern(source, Pattern.compile(source));
    }

    boolean matches(String value) {
      return compiled.matcher(value).matches();
    }

    String constraint() {
      return "Member must satisfy regular expression pattern: " + source;
    }
  }
}
