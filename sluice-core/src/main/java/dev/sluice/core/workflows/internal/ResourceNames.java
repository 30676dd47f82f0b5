package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Result;

/**
 * Names of state machines, executions and activities: 1 to 80 characters, none of them white space,
 * brackets, wildcards, the special characters {@code " # % \ ^ | ~ ` $ & , ; : /} or control
 * characters.
 */
final class ResourceNames {
  private static final String SPECIAL = "<>{}[]?*\"#%\\^|~`$&,;:/";

  private ResourceNames() {}

  static boolean valid(String name) {
    if (name == null || name.isEmpty() || name.length() > 80) {
      return false;
    }
    return name.chars().noneMatch(ResourceNames::forbidden);
  }

  static Result<String> check(String name) {
    return valid(name) ? Result.ok(name) : Result.err(WorkflowFailures.invalidName(name));
  }

  private static boolean forbidden(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c <= 0x1F
        || (c >= 0x7F && c <= 0x9F)
        || SPECIAL.indexOf(c) >= 0;
  }
}
