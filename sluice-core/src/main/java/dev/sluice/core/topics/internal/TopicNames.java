package dev.sluice.core.topics.internal;

import dev.sluice.core.result.Result;
import java.util.regex.Pattern;

/** SNS's topic name rules: 1 to 256 letters, digits, hyphens and underscores; FIFO ends .fifo. */
final class TopicNames {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}");
  private static final Pattern FIFO_NAME = Pattern.compile("[A-Za-z0-9_-]{1,251}\\.fifo");

  private TopicNames() {}

  static Result<Void> check(String name, boolean fifo) {
    if (name == null) {
      return SnsFailures.invalidParameter("Topic Name");
    }
    if (fifo && !FIFO_NAME.matcher(name).matches()) {
      return SnsFailures.invalidParameter(
          "Fifo Topic names must end with .fifo and must be made up of only uppercase and"
              + " lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1"
              + " and 256 characters long.");
    }
    if (!fifo && !NAME.matcher(name).matches()) {
      return SnsFailures.invalidParameter("Topic Name");
    }
    return Result.ok(null);
  }
}
