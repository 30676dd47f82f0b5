package dev.sluice.core.topics.publish.internal;

import dev.sluice.core.result.Failure;
import java.util.Optional;

/**
 * Publish's Subject: optional, but when given 1 to 100 printable ASCII characters (no line breaks
 * or control characters), starting with a letter, number or punctuation mark.
 */
public final class SubjectRule {
  private static final int MAX_LENGTH = 100;

  private SubjectRule() {}

  /** The failure for a subject SNS refuses, or empty. */
  public static Optional<Failure> check(String subject) {
    if (subject == null || isValid(subject)) {
      return Optional.empty();
    }
    return Optional.of(SnsFailures.invalidParameter("Subject"));
  }

  private static boolean isValid(String subject) {
    return !subject.isEmpty()
        && subject.length() <= MAX_LENGTH
        && subject.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)
        && subject.charAt(0) != ' ';
  }
}
