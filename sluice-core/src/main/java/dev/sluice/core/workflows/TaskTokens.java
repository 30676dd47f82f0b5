package dev.sluice.core.workflows;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The task tokens Sluice hands out (for {@code .waitForTaskToken} and activities): a token that
 * could not have come from Sluice is InvalidToken, one that did but is unknown TaskDoesNotExist.
 */
public final class TaskTokens {
  private static final Pattern FORM =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private TaskTokens() {}

  public static String next() {
    return UUID.randomUUID().toString();
  }

  /** Whether {@code token} has the form of a token Sluice hands out. */
  public static boolean wellFormed(String token) {
    return token != null && FORM.matcher(token).matches();
  }
}
