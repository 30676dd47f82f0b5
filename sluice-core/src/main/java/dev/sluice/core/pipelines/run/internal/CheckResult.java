package dev.sluice.core.pipelines.run.internal;

/**
 * What checking an instance's preconditions found: they all hold, or not (with why); a fatal result
 * (a precondition Sluice cannot check) fails the instance at once.
 */
public record CheckResult(boolean held, boolean fatal, String message) {
  public static CheckResult holds() {
    return new CheckResult(true, false, null);
  }

  public static CheckResult notYet(String message) {
    return new CheckResult(false, false, message);
  }

  public static CheckResult cannotCheck(String message) {
    return new CheckResult(false, true, message);
  }
}
