package dev.sluice.aws.stepfunctions.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The model's constraints on an input's members, checked before the operation runs and reported as
 * AWS's ValidationException: {@code 1 validation error detected: Value 'x' at 'name' failed to
 * satisfy constraint: Member must have length less than or equal to 80} (sensitive members are
 * reported without their value; several problems are joined with {@code ; }).
 */
public final class Constraints {
  private final List<String> problems = new ArrayList<>();

  public Constraints required(Object value, String member) {
    if (value == null) {
      problems.add(
          "Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
    }
    return this;
  }

  public Constraints length(String value, String member, int min, int max) {
    return length(value, member, min, max, false);
  }

  /** A sensitive member: its value is not shown. */
  public Constraints secretLength(String value, String member, int min, int max) {
    return length(value, member, min, max, true);
  }

  private Constraints length(String value, String member, int min, int max, boolean secret) {
    if (value == null) {
      return this;
    }
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      problem(
          secret ? null : value, member, "Member must have length less than or equal to " + max);
    } else if (length < min) {
      problem(
          secret ? null : value, member, "Member must have length greater than or equal to " + min);
    }
    return this;
  }

  /** A sensitive member bounded in UTF-8 bytes (execution input, task output). */
  public Constraints bytes(String value, String member, int max) {
    if (value != null && value.getBytes(StandardCharsets.UTF_8).length > max) {
      problem(
          null,
          member,
          "Member must have size less than or equal to " + max + " bytes in UTF-8 encoding");
    }
    return this;
  }

  public Constraints range(Number value, String member, long min, long max) {
    if (value == null) {
      return this;
    }
    if (value.longValue() > max) {
      problem(value.toString(), member, "Member must have value less than or equal to " + max);
    } else if (value.longValue() < min) {
      problem(value.toString(), member, "Member must have value greater than or equal to " + min);
    }
    return this;
  }

  /** An enum member; {@code values} in the order AWS lists them. */
  public Constraints oneOf(String value, String member, List<String> values) {
    if (value != null && !values.contains(value)) {
      problem(
          value, member, "Member must satisfy enum value set: [" + String.join(", ", values) + "]");
    }
    return this;
  }

  public Constraints pattern(String value, String member, String regex) {
    if (value != null && !Pattern.compile(regex).matcher(value).matches()) {
      problem(value, member, "Member must satisfy regular expression pattern: " + regex);
    }
    return this;
  }

  public Constraints listSize(List<?> value, String member, int min, int max) {
    if (value == null) {
      return this;
    }
    if (value.size() > max) {
      problem(value.toString(), member, "Member must have length less than or equal to " + max);
    } else if (value.size() < min) {
      problem(value.toString(), member, "Member must have length greater than or equal to " + min);
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
            "ValidationException",
            400,
            problems.size() + " validation " + noun + " detected: " + String.join("; ", problems)));
  }

  private void problem(String value, String member, String constraint) {
    var shown = value == null ? "Value" : "Value '" + value + "'";
    problems.add(shown + " at '" + member + "' failed to satisfy constraint: " + constraint);
  }
}
