package dev.sluice.core.logs.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.regex.Pattern;

/** The rules CloudWatch Logs applies to group and stream names and to page sizes. */
final class LogNames {
  private static final Pattern GROUP = Pattern.compile("[.\\-_/#A-Za-z0-9]+");
  private static final Pattern STREAM = Pattern.compile("[^:*]*");
  private static final int MAX_LENGTH = 512;

  private LogNames() {}

  static Result<String> group(String name) {
    return name(name, "logGroupName", GROUP, "[\\.\\-_/#A-Za-z0-9]+");
  }

  static Result<String> stream(String name) {
    return name(name, "logStreamName", STREAM, "[^:*]*");
  }

  private static Result<String> name(
      String name, String member, Pattern pattern, String patternText) {
    if (name == null || name.isEmpty()) {
      return Result.err(
          LogFailures.constraint(
              name == null ? "null" : name,
              member,
              name == null
                  ? "Member must not be null"
                  : "Member must have length greater than or equal to 1"));
    }
    if (name.length() > MAX_LENGTH) {
      return Result.err(
          LogFailures.constraint(
              name, member, "Member must have length less than or equal to " + MAX_LENGTH));
    }
    if (!pattern.matcher(name).matches()) {
      return Result.err(
          LogFailures.constraint(
              name, member, "Member must satisfy regular expression pattern: " + patternText));
    }
    return Result.ok(name);
  }

  /** The page size: {@code limit} when within 1 and {@code max}, {@code max} when absent. */
  static Result<Integer> limit(Integer limit, int max) {
    if (limit == null) {
      return Result.ok(max);
    }
    if (limit < 1) {
      return Result.err(
          LogFailures.constraint(
              limit, "limit", "Member must have value greater than or equal to 1"));
    }
    if (limit > max) {
      return Result.err(
          LogFailures.constraint(
              limit, "limit", "Member must have value less than or equal to " + max));
    }
    return Result.ok(limit);
  }

  static Failure notNull(String member) {
    return LogFailures.constraint("null", member, "Member must not be null");
  }
}
