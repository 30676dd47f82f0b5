package dev.sluice.asl;

import java.util.List;

/**
 * How a Retrier's or Catcher's ErrorEquals matches an error name. {@code States.ALL} matches every
 * error and {@code States.TaskFailed} every error but {@code States.Timeout}; {@code
 * States.Runtime} is never retried or caught, not even when named (recorded AWS behaviour; AWS
 * documents the same for States.DataLimitExceeded, yet its recordings show States.ALL catching it,
 * so it is treated like any other error).
 */
final class ErrorNames {
  static final String ALL = "States.ALL";
  static final String TASK_FAILED = "States.TaskFailed";
  static final String TIMEOUT = "States.Timeout";
  static final String RUNTIME = "States.Runtime";

  private ErrorNames() {}

  static boolean matches(List<String> errorEquals, String error) {
    if (RUNTIME.equals(error)) {
      return false;
    }
    for (String name : errorEquals) {
      if (name.equals(ALL)
          || name.equals(error)
          || (name.equals(TASK_FAILED) && !TIMEOUT.equals(error))) {
        return true;
      }
    }
    return false;
  }
}
