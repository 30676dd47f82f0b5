package dev.sluice.core.workflows.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the history needs to know about a runtime error that only its AWS-worded cause tells: the
 * field an expression failed in, and whether a Map had started before it failed.
 */
final class FailureTexts {
  private static final Pattern FIELD = Pattern.compile("specified for the field '([^']*)'");
  private static final Pattern NAMED_FIELD = Pattern.compile("\\. The (\\w+) field ");

  private FailureTexts() {}

  /**
   * The field named in "... specified for the field 'Output/result' ..." or "... The Timestamp
   * field cannot ...", or null.
   */
  static String location(String cause) {
    if (cause == null) {
      return null;
    }
    Matcher matcher = FIELD.matcher(cause);
    if (matcher.find()) {
      return matcher.group(1);
    }
    Matcher named = NAMED_FIELD.matcher(cause);
    return named.find() ? named.group(1) : null;
  }

  /** Tolerated-failure thresholds are checked after AWS records MapStateStarted. */
  static boolean afterMapStarted(String cause) {
    return cause != null && cause.contains("ToleratedFailure");
  }
}
