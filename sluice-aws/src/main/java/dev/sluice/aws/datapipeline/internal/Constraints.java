package dev.sluice.aws.datapipeline.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Data Pipeline's model constraints on an input's members, checked before the service is called and
 * refused as a ValidationException (400) in the words of AWS's request validation: {@code 1
 * validation error detected: Value 'x' at 'name' failed to satisfy constraint: Member must have
 * length less than or equal to 1024}; several problems are counted and joined with {@code ; }.
 * Members of lists are named {@code pipelineObjects.1.member.fields.2.member.key}.
 */
public final class Constraints {
  /** The pattern of the model's string shapes, as AWS prints it: any XML character. */
  static final String TEXT =
      "[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*";

  private static final Pattern TEXT_REGEX =
      Pattern.compile("[\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}\\r\\n\\t]*");

  private final List<String> problems = new ArrayList<>();

  /** Constraints that begin with the required {@code pipelineId} member (an {@code id}). */
  public static Constraints ofPipeline(String pipelineId) {
    return new Constraints().required(pipelineId, "pipelineId").id(pipelineId, "pipelineId");
  }

  public Constraints required(Object value, String member) {
    if (value == null) {
      problems.add(
          "Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
    }
    return this;
  }

  /** The {@code id} shape: 1 to 1024 characters of text. */
  public Constraints id(String value, String member) {
    return text(value, member, 1, 1024);
  }

  /** The {@code string} shape: up to 1024 characters of text. */
  public Constraints string(String value, String member) {
    return text(value, member, 0, 1024);
  }

  /** A string shape with the model's text pattern. */
  public Constraints text(String value, String member, int min, int max) {
    length(value, member, min, max);
    if (value != null && !TEXT_REGEX.matcher(value).matches()) {
      problem(value, member, "Member must satisfy regular expression pattern: " + TEXT);
    }
    return this;
  }

  /** A string shape without a pattern (tag keys and values). */
  public Constraints length(String value, String member, int min, int max) {
    if (value == null) {
      return this;
    }
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      problem(value, member, atMost(max));
    } else if (length < min) {
      problem(value, member, atLeast(min));
    }
    return this;
  }

  /** An enum member; {@code values} in the model's order. */
  public Constraints oneOf(String value, String member, List<String> values) {
    if (value != null && !values.contains(value)) {
      problem(
          value, member, "Member must satisfy enum value set: [" + String.join(", ", values) + "]");
    }
    return this;
  }

  public Constraints listSize(List<?> value, String member, int min, int max) {
    if (value == null) {
      return this;
    }
    if (value.size() > max) {
      problem(value.toString(), member, atMost(max));
    } else if (value.size() < min) {
      problem(value.toString(), member, atLeast(min));
    }
    return this;
  }

  /**
   * A list of text members ({@code idList}, {@code stringList}): one problem for the list when a
   * member is null or breaks its shape, naming every constraint of the member shape.
   */
  public Constraints textList(List<String> values, String member, int min, int max) {
    if (values != null && !values.stream().allMatch(v -> fits(v, min, max))) {
      var constraints =
          values.contains(null)
              ? "Member must not be null"
              : String.join(
                  ", ",
                  atMost(max),
                  atLeast(min),
                  "Member must satisfy regular expression pattern: " + TEXT);
      problem(values.toString(), member, "Member must satisfy constraint: [" + constraints + "]");
    }
    return this;
  }

  /**
   * Checks each structure of a list with {@code check}, given the structure and its member name
   * ({@code member.N.member}); a null structure must not be null.
   */
  public <T> Constraints each(List<T> items, String member, BiConsumer<T, String> check) {
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        var at = member + "." + (i + 1) + ".member";
        if (items.get(i) == null) {
          required(null, at);
        } else {
          check.accept(items.get(i), at);
        }
      }
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

  private static boolean fits(String value, int min, int max) {
    if (value == null) {
      return false;
    }
    int length = value.codePointCount(0, value.length());
    return length >= min && length <= max && TEXT_REGEX.matcher(value).matches();
  }

  private static String atMost(int max) {
    return "Member must have length less than or equal to " + max;
  }

  private static String atLeast(int min) {
    return "Member must have length greater than or equal to " + min;
  }

  private void problem(String value, String member, String constraint) {
    problems.add(
        "Value '" + value + "' at '" + member + "' failed to satisfy constraint: " + constraint);
  }
}
