package dev.sluice.aws.sns.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The model's constraints on an SNS input, checked before the service is called. Violations are
 * answered as SNS answers them: {@code ValidationError} 400, "1 validation error detected: Value
 * null at 'topicArn' failed to satisfy constraint: Member must not be null" (members named in lower
 * camel case, several violations joined with "; ").
 */
public final class Validation {
  private final List<String> violations = new ArrayList<>();

  /** The member (a top-level parameter name) must have been sent. */
  public Validation required(SnsRequest request, String member) {
    return notNull(request.has(member) ? "" : null, camel(member));
  }

  /** {@code value} at {@code path} (already in the model's lower camel case) must be non-null. */
  public Validation notNull(Object value, String path) {
    if (value == null) {
      violations.add(
          "Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
    }
    return this;
  }

  /** A present string member's length must lie in [min, max]. */
  public Validation length(String value, String member, int min, int max) {
    return lengthAt(value, camel(member), min, max);
  }

  /** As {@link #length}, for a value at a path already in the model's lower camel case. */
  public Validation lengthAt(String value, String path, int min, int max) {
    if (value == null) {
      return this;
    }
    int length = value.codePointCount(0, value.length());
    var at = "Value '" + value + "' at '" + path + "' failed to satisfy constraint: ";
    if (length < min) {
      violations.add(at + "Member must have length greater than or equal to " + min);
    } else if (length > max) {
      violations.add(at + "Member must have length less than or equal to " + max);
    }
    return this;
  }

  /** Every tag has a key of 1 to 128 characters and a value of at most 256 (the model's Tag). */
  public Validation tags(List<Tag> tags, String member) {
    for (int i = 0; i < tags.size(); i++) {
      var path = camel(member) + "." + (i + 1) + ".member.";
      var tag = tags.get(i);
      notNull(tag.key(), path + "key").notNull(tag.value(), path + "value");
      lengthAt(tag.key(), path + "key", 1, 128).lengthAt(tag.value(), path + "value", 0, 256);
    }
    return this;
  }

  /** The service's answer when every constraint holds, else the validation error. */
  public <T> Result<T> then(Supplier<Result<T>> call) {
    if (violations.isEmpty()) {
      return call.get();
    }
    int count = violations.size();
    var message =
        count
            + (count == 1 ? " validation error" : " validation errors")
            + " detected: "
            + String.join("; ", violations);
    return Result.err(Failure.of("ValidationError", 400, message));
  }

  /** {@code TopicArn} becomes {@code topicArn}, as SNS names members in these messages. */
  public static String camel(String member) {
    return member.substring(0, 1).toLowerCase(Locale.ROOT) + member.substring(1);
  }
}
